package vn.doanket.fund;

/** What a payment of the fund is for. */
public enum PaymentPurpose {

	HOUSE_BUILD, HOUSE_REPAIR, LIVELIHOOD, SCHOOLING, HEALTH, RELIEF, OTHER

}
