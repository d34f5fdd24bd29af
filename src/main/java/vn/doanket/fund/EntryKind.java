package vn.doanket.fund;

/** What an entry of the ledger records. */
public enum EntryKind {

	RECEIPT, PAYMENT, TRANSFER, REVERSAL

}
