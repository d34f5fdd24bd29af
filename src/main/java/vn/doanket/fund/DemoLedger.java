package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo entries for Kon Tum's funds in the 2023 peak month (17/10–18/11): donations of organisations, enterprises and
 * people (one anonymous, one in kind), a transfer to Đắk Glei, a Great-Unity house payment proposed by the fund
 * accountant and approved by the Standing Committee, and one proposal still waiting. Names are illustrative.
 */
@Component
class DemoLedger {

	static final String ACCOUNTANT = "ketoan.kontum";

	static final String APPROVER = "tinh.kontum";

	private final Ledger ledger;

	private final PaymentRepository payments;

	private final FundRepository funds;

	private final StatementImporting importing;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	DemoLedger(Ledger ledger, PaymentRepository payments, FundRepository funds, StatementImporting importing,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.ledger = ledger;
		this.payments = payments;
		this.funds = funds;
		this.importing = importing;
		this.jdbc = jdbc;
	}

	/**
	 * A small Agribank statement of the province fund: a transfer with a donor's personal reference, one naming its
	 * sender, one nobody can place (it waits in the queue), a bank fee without an approved payment (an alert) and an
	 * unreadable row (kept in the import's log).
	 */
	void importStatement(long provinceFund) {
		BankAccount agribank = funds.accounts(provinceFund)
			.stream()
			.filter(a -> "agribank-2024".equals(a.mappingName()))
			.findFirst()
			.orElseThrow();
		String code = new ReferenceCodes().next();
		jdbc.sql("insert into fund_reference (code, fund_id, donor_name, anonymous) values (:c, :f, 'Lê Thị Mai', false)")
			.param("c", code)
			.param("f", provinceFund)
			.update();
		String csv = """
				PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
				1,20/10/2023,,,5501,IBFT %s ung ho quy vi nguoi ngheo,,"2,000,000",,
				1,21/10/2023,,,5502,NGUYEN VAN HUNG chuyen tien ung ho quy vi nguoi ngheo,,"500,000",,
				1,22/10/2023,,,5503,UNG HO,,"300,000",,
				1,23/10/2023,,,5504,PHI QUAN LY TAI KHOAN,"11,000",,,
				1,24/10/2023,,,5505,TRAN THI LAN ung ho,,"hai tram nghin",,
				""".formatted(code);
		StatementReader statement = StatementReader.open(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				StatementMapping.AGRIBANK_2024);
		importing.record(provinceFund, agribank, statement, "agribank-10-2023.csv", "agribank-2024", ACCOUNTANT);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void post(long provinceFund, long dakGleiFund, long dakPekFund) {
		LocalDate day = LocalDate.of(2023, 10, 17);
		ledger.post(List.of(
				receipt(provinceFund, day, 200_000_000, DonorKind.ENTERPRISE, "Công ty Cổ phần Cao su Kon Tum", false, Channel.BANK_TRANSFER),
				receipt(provinceFund, day, 50_000_000, DonorKind.ORGANISATION, "Liên đoàn Lao động tỉnh Kon Tum", false, Channel.BANK_TRANSFER),
				receipt(provinceFund, day.plusDays(1), 1_500_000, DonorKind.INDIVIDUAL, "Nguyễn Thị Ánh", false, Channel.CASH),
				receipt(provinceFund, day.plusDays(2), 5_000_000, DonorKind.INDIVIDUAL, "Trần Văn Hùng", true, Channel.BANK_TRANSFER),
				receipt(dakPekFund, day.plusDays(3), 3_000_000, DonorKind.ORGANISATION, "Hội Nông dân xã Đắk Pék", false, Channel.CASH)),
				ACCOUNTANT);
		ledger.post(Posting.receipt(provinceFund, day.plusDays(5), 12_000_000,
				EntryDetails.receipt("Ủng hộ 200 bao xi măng", "Công ty TNHH Xây dựng Ngọc Linh", DonorKind.ENTERPRISE, false,
						Channel.IN_KIND, "200 bao xi măng PCB40 × 60.000 đ (giá thị trường 10/2023)", "Tháng cao điểm 2023", null)),
				ACCOUNTANT);
		ledger.post(Posting.transfer(provinceFund, dakGleiFund, day.plusDays(20), 40_000_000,
				EntryDetails.transfer("Hỗ trợ xây nhà Đại đoàn kết huyện Đắk Glei", "Quỹ \"Vì người nghèo\" huyện Đắk Glei",
						dakGleiFund)),
				ACCOUNTANT);
		PaymentInput house = new PaymentInput(day.plusDays(30), 60_000_000L, "HOUSE_BUILD", "BANK_TRANSFER", "Y Đoan",
				"POOR", "Thôn Đắk Ung, xã Đắk Pék", "Hỗ trợ xây nhà Đại đoàn kết");
		long approved = payments.insert(provinceFund, house, ACCOUNTANT);
		long entry = ledger.post(Posting.payment(provinceFund, house.date(), house.amount(),
				EntryDetails.payment(house.description(), house.beneficiaryName(), house.areaName(), PaymentPurpose.HOUSE_BUILD,
						PovertyStatus.POOR, Channel.BANK_TRANSFER, approved)),
				APPROVER);
		payments.decide(approved, PaymentStatus.APPROVED, APPROVER, entry);
		payments.insert(provinceFund, new PaymentInput(day.plusDays(32), 5_000_000L, "SCHOOLING", "CASH", "A Phương",
				"NEAR_POOR", "Thôn 14A, xã Đắk Pék", "Hỗ trợ học sinh nghèo vượt khó"), ACCOUNTANT);
		importStatement(provinceFund);
	}

	private static Posting receipt(long fund, LocalDate date, long amount, DonorKind kind, String donor, boolean anonymous,
			Channel channel) {
		return Posting.receipt(fund, date, amount, EntryDetails.receipt("Ủng hộ Quỹ \"Vì người nghèo\" tháng cao điểm 2023",
				donor, kind, anonymous, channel, null, "Tháng cao điểm 2023", null));
	}

}
