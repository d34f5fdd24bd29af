package vn.doanket.fund;

import vn.doanket.shared.InvalidInputException;

/**
 * Reads an amount of đồng aloud in Vietnamese, as receipts and payment vouchers print it: 1,500,000 becomes "Một
 * triệu năm trăm nghìn đồng".
 * <p>
 * The rules are those of Vietnamese accounting practice:
 * <ul>
 * <li>ten to nineteen use "mười" (10 "mười", 11 "mười một", 15 "mười lăm");</li>
 * <li>a unit five after a ten reads "lăm" (25 "hai mươi lăm"), a unit one after twenty or more reads "mốt" (21 "hai
 * mươi mốt"), a unit four stays "bốn" (24 "hai mươi bốn");</li>
 * <li>a zero ten before a unit reads "linh" (105 "một trăm linh năm");</li>
 * <li>a group of three digits that follows a higher non-zero group is read in full, with "không trăm" when its hundreds
 * digit is zero (1,000,050 "một triệu không trăm năm mươi"; 2,001,000 "hai triệu không trăm linh một nghìn"); a group
 * that is entirely zero is not read at all;</li>
 * <li>groups are "nghìn", "triệu" and "tỷ"; above a billion the count of "tỷ" is itself read as a number, which gives
 * "nghìn tỷ" (10<sup>12</sup>), "triệu tỷ" (10<sup>15</sup>) and "tỷ tỷ" (10<sup>18</sup>), up to
 * {@link Long#MAX_VALUE}.</li>
 * </ul>
 * Zero is "Không đồng"; negative amounts are refused.
 */
public final class AmountInWords {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final long BILLION = 1_000_000_000L;

	private AmountInWords() {
	}

	/** The amount in words with a capital first letter, ending in "đồng". */
	public static String of(long dong) {
		if (dong < 0) {
			throw InvalidInputException.of("amount", "error.amount.negative");
		}
		String words = dong == 0 ? DIGITS[0] : number(dong, false);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
	}

	/** Reads a positive number; {@code inner} when a higher non-zero part has already been read. */
	private static String number(long n, boolean inner) {
		if (n >= BILLION) {
			String text = number(n / BILLION, inner) + " tỷ";
			long rest = n % BILLION;
			return rest == 0 ? text : text + " " + number(rest, true);
		}
		StringBuilder text = new StringBuilder();
		boolean started = inner;
		long[] groups = { n / 1_000_000, n / 1_000 % 1_000, n % 1_000 };
		String[] names = { "triệu", "nghìn", "" };
		for (int i = 0; i < groups.length; i++) {
			if (groups[i] == 0) {
				continue;
			}
			append(text, group((int) groups[i], started));
			append(text, names[i]);
			started = true;
		}
		return text.toString();
	}

	/** Reads 1–999; {@code full} reads the hundreds (possibly "không trăm") and a zero ten ("linh"). */
	private static String group(int n, boolean full) {
		int hundreds = n / 100;
		int tens = n / 10 % 10;
		int units = n % 10;
		StringBuilder text = new StringBuilder();
		if (hundreds > 0 || full) {
			append(text, DIGITS[hundreds] + " trăm");
		}
		if (tens == 0) {
			if (units > 0) {
				append(text, text.isEmpty() ? DIGITS[units] : "linh " + DIGITS[units]);
			}
		}
		else if (tens == 1) {
			append(text, "mười");
			append(text, units == 5 ? "lăm" : units == 0 ? "" : DIGITS[units]);
		}
		else {
			append(text, DIGITS[tens] + " mươi");
			append(text, switch (units) {
				case 0 -> "";
				case 1 -> "mốt";
				case 5 -> "lăm";
				default -> DIGITS[units];
			});
		}
		return text.toString();
	}

	private static void append(StringBuilder text, String word) {
		if (word.isEmpty()) {
			return;
		}
		if (!text.isEmpty()) {
			text.append(' ');
		}
		text.append(word);
	}

}
