package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry about to be posted. It always balances (its lines sum to zero) and moves a positive amount; it cannot be
 * built otherwise. {@code direction} says whether the amount came into the fund ({@code 1}) or left it ({@code -1}).
 */
record Posting(EntryKind kind, long fundId, LocalDate date, long amount, int direction, List<PostingLine> lines,
		EntryDetails details) {

	Posting {
		if (amount <= 0) {
			throw new IllegalArgumentException("a posting moves a positive amount");
		}
		if (date == null || lines == null || lines.size() < 2) {
			throw new IllegalArgumentException("a posting has a date and at least two lines");
		}
		if (lines.stream().mapToLong(PostingLine::amount).sum() != 0) {
			throw new IllegalArgumentException("unbalanced posting");
		}
		lines = List.copyOf(lines);
	}

	/** Money or goods received: debit where it is held, credit donations. */
	static Posting receipt(long fundId, LocalDate date, long amount, EntryDetails details) {
		return new Posting(EntryKind.RECEIPT, fundId, date, amount, 1,
				List.of(PostingLine.debit(fundId, LedgerAccount.holding(details.channel()), amount),
						PostingLine.credit(fundId, LedgerAccount.DONATIONS, amount)),
				details);
	}

	/** An approved payment: debit spending, credit where the money was held. */
	static Posting payment(long fundId, LocalDate date, long amount, EntryDetails details) {
		return new Posting(EntryKind.PAYMENT, fundId, date, amount, -1,
				List.of(PostingLine.debit(fundId, LedgerAccount.SPENDING, amount),
						PostingLine.credit(fundId, LedgerAccount.holding(details.channel()), amount)),
				details);
	}

	/** Money sent from one fund's bank to another's, both sides in one entry. */
	static Posting transfer(long fromFundId, long toFundId, LocalDate date, long amount, EntryDetails details) {
		if (fromFundId == toFundId) {
			throw new IllegalArgumentException("a transfer goes to another fund");
		}
		return new Posting(EntryKind.TRANSFER, fromFundId, date, amount, -1,
				List.of(PostingLine.debit(fromFundId, LedgerAccount.TRANSFER_OUT, amount),
						PostingLine.credit(fromFundId, LedgerAccount.BANK, amount),
						PostingLine.debit(toFundId, LedgerAccount.BANK, amount),
						PostingLine.credit(toFundId, LedgerAccount.TRANSFER_IN, amount)),
				details);
	}

	/** The mirror image of a posted entry, dated {@code date}, undoing it. */
	static Posting reversal(long originalId, Posting original, LocalDate date, String reason) {
		List<PostingLine> mirrored = original.lines()
			.stream()
			.map(line -> new PostingLine(line.fundId(), line.account(), -line.amount()))
			.toList();
		return new Posting(EntryKind.REVERSAL, original.fundId(), date, original.amount(), -original.direction(), mirrored,
				original.details().reversing(originalId, reason));
	}

	/** Change of the fund's balance brought by this posting, per fund. */
	long balanceChange(long ofFundId) {
		return lines.stream().filter(l -> l.fundId() == ofFundId && l.account().asset()).mapToLong(PostingLine::amount).sum();
	}

	/** The voucher series: phiếu thu (PT), biên nhận for goods (BN), phiếu chi (PC); none for reversals. */
	String voucherKind() {
		return switch (kind) {
			case RECEIPT -> details.channel() == Channel.IN_KIND ? "BN" : "PT";
			case PAYMENT, TRANSFER -> "PC";
			case REVERSAL -> null;
		};
	}

}
