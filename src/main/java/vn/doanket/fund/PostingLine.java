package vn.doanket.fund;

/** One line of an entry: an account of a fund, debited (positive) or credited (negative). */
record PostingLine(long fundId, LedgerAccount account, long amount) {

	PostingLine {
		if (amount == 0) {
			throw new IllegalArgumentException("a ledger line has an amount");
		}
	}

	static PostingLine debit(long fundId, LedgerAccount account, long amount) {
		return new PostingLine(fundId, account, amount);
	}

	static PostingLine credit(long fundId, LedgerAccount account, long amount) {
		return new PostingLine(fundId, account, -amount);
	}

}
