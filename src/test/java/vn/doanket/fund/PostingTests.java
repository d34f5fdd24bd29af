package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingTests {

	static final LocalDate DAY = LocalDate.of(2023, 10, 17);

	static EntryDetails cash() {
		return EntryDetails.receipt("Ủng hộ", "Nguyễn Văn A", DonorKind.INDIVIDUAL, false, Channel.CASH, null, null, null);
	}

	@Test
	void everyPostingBalances() {
		Posting receipt = Posting.receipt(1, DAY, 1_500_000, cash());
		Posting payment = Posting.payment(1, DAY, 500_000, EntryDetails.payment("Xây nhà", "Y Bình", "Thôn 1",
				PaymentPurpose.HOUSE_BUILD, PovertyStatus.POOR, Channel.BANK_TRANSFER, 9));
		Posting transfer = Posting.transfer(1, 2, DAY, 300_000, EntryDetails.transfer("Chuyển", "Quỹ huyện", 2));
		for (Posting p : List.of(receipt, payment, transfer, Posting.reversal(7, receipt, DAY, "Ghi nhầm"))) {
			assertThat(p.lines().stream().mapToLong(PostingLine::amount).sum()).isZero();
		}
		assertThat(receipt.balanceChange(1)).isEqualTo(1_500_000);
		assertThat(payment.balanceChange(1)).isEqualTo(-500_000);
		assertThat(transfer.balanceChange(1)).isEqualTo(-300_000);
		assertThat(transfer.balanceChange(2)).isEqualTo(300_000);
	}

	@Test
	void aReversalMirrorsTheOriginal() {
		Posting receipt = Posting.receipt(1, DAY, 200_000, cash());
		Posting reversal = Posting.reversal(42, receipt, DAY.plusDays(3), "Ghi nhầm quỹ");
		assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
		assertThat(reversal.details().reversesId()).isEqualTo(42L);
		assertThat(reversal.balanceChange(1)).isEqualTo(-200_000);
		assertThat(reversal.voucherKind()).isNull();
	}

	@Test
	void amountsOfZeroOrLessAndUnbalancedLinesCannotBeBuilt() {
		assertThatThrownBy(() -> Posting.receipt(1, DAY, 0, cash())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Posting.receipt(1, DAY, -5, cash())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Posting(EntryKind.RECEIPT, 1, DAY, 10, 1,
				List.of(PostingLine.debit(1, LedgerAccount.CASH, 10), PostingLine.credit(1, LedgerAccount.DONATIONS, 9)), cash()))
			.hasMessageContaining("unbalanced");
		assertThatThrownBy(() -> Posting.transfer(1, 1, DAY, 10, EntryDetails.transfer("x", "x", 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void vouchersAreReceiptsPaymentsOrGoodsReceipts() {
		assertThat(Posting.receipt(1, DAY, 1, cash()).voucherKind()).isEqualTo("PT");
		assertThat(Posting.receipt(1, DAY, 1, EntryDetails.receipt("x", "Cty", DonorKind.ENTERPRISE, false, Channel.IN_KIND,
				"10 bao gạo", null, null)).voucherKind()).isEqualTo("BN");
		assertThat(Vouchers.label("PT", 2024, 7)).isEqualTo("PT-2024/0007");
	}

	@Test
	void anonymousDonorsArePublishedAsAnDanh() {
		assertThat(EntryDetails.receipt("x", "Trần Văn B", DonorKind.INDIVIDUAL, true, Channel.CASH, null, null, null).partyPublic())
			.isEqualTo("Ẩn danh");
		assertThat(EntryDetails.receipt("x", null, DonorKind.ANONYMOUS, false, Channel.CASH, null, null, null).partyPublic())
			.isEqualTo("Ẩn danh");
		assertThat(cash().partyPublic()).isEqualTo("Nguyễn Văn A");
	}

}
