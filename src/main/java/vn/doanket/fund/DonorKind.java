package vn.doanket.fund;

/** Who gave. */
public enum DonorKind {

	ORGANISATION, ENTERPRISE, INDIVIDUAL, ANONYMOUS

}
