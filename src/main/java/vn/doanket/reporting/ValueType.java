package vn.doanket.reporting;

/** What kind of value an indicator takes. Numbers are kept exact; money is whole đồng; yes/no is 1 or 0. */
public enum ValueType {

	INTEGER, DECIMAL, PERCENT, MONEY, YES_NO, TEXT;

	public boolean numeric() {
		return this != TEXT;
	}

}
