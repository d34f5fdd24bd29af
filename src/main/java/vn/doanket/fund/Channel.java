package vn.doanket.fund;

/** How money or goods came in or went out. */
public enum Channel {

	CASH, BANK_TRANSFER, IN_KIND;

	static Channel parse(String value) {
		return Enums.parse(Channel.class, value);
	}

}
