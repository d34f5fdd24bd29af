package vn.doanket.fund;

/** Where a payment proposal stands. */
public enum PaymentStatus {

	PROPOSED, APPROVED, REJECTED

}
