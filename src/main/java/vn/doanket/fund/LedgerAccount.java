package vn.doanket.fund;

/**
 * The accounts of a fund's books. Lines are signed: a debit is positive, a credit negative. The asset accounts hold
 * what the fund has (its balance); the others say where money came from or went.
 */
enum LedgerAccount {

	CASH(true), BANK(true), GOODS(true), DONATIONS(false), SPENDING(false), TRANSFER_IN(false), TRANSFER_OUT(false);

	private final boolean asset;

	LedgerAccount(boolean asset) {
		this.asset = asset;
	}

	boolean asset() {
		return asset;
	}

	/** The asset account money of a channel sits in. */
	static LedgerAccount holding(Channel channel) {
		return switch (channel) {
			case CASH -> CASH;
			case BANK_TRANSFER -> BANK;
			case IN_KIND -> GOODS;
		};
	}

}
