package vn.doanket.budget;

/** Whole đồng shown the Vietnamese way: "1.500.000". */
final class Money {

	private Money() {
	}

	static String format(long dong) {
		String digits = Long.toString(Math.abs(dong));
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		return (dong < 0 ? "-" : "") + out;
	}

}
