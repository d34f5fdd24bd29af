package vn.doanket.fund;

/** Voucher numbers as printed: "PT-2024/0007", numbered yearly per fund and series. */
final class Vouchers {

	private Vouchers() {
	}

	static String label(String kind, Integer year, Integer number) {
		if (kind == null || year == null || number == null) {
			return null;
		}
		String digits = Integer.toString(number);
		return kind + "-" + year + "/" + "0000".substring(Math.min(4, digits.length())) + digits;
	}

}
