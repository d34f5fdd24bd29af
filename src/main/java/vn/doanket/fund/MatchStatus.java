package vn.doanket.fund;

/** How a statement line was matched. */
public enum MatchStatus {

	/** A credit carrying a reference the system issued. */
	REFERENCE,
	/** A credit booked as a receipt from the sender named in its description. */
	SENDER,
	/** A credit booked by a person from the unmatched queue. */
	MANUAL,
	/** A credit waiting for a person. */
	UNMATCHED,
	/** A debit matched to an approved payment. */
	PAYMENT,
	/** A debit without an approved payment: an alert. */
	ALERT,
	/** An alert a person explained with a note (e.g. a bank fee), without a payment. */
	EXPLAINED

}
