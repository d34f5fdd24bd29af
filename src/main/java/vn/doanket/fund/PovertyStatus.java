package vn.doanket.fund;

/** The poverty status of a beneficiary household. */
public enum PovertyStatus {

	POOR, NEAR_POOR, HARDSHIP, OTHER

}
