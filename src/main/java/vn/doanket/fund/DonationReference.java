package vn.doanket.fund;

/** A reference issued for transfers to a fund: a donor's own (name, anonymity wish) or an appeal's. */
public record DonationReference(String code, long fundId, String donorName, boolean anonymous, String appeal) {
}
