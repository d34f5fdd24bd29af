package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.doanket.shared.TextFolding;

/**
 * Reads a value typed by a person into what is stored: an exact number (whole numbers and money may carry
 * thousands separators "1.500.000"; decimals and percentages take a comma or a point), 1/0 for yes/no ("có",
 * "không", "x"), or text. Problems are message codes; nothing here throws.
 */
final class ValueParser {

	static final int MAX_TEXT = 2000;

	private static final Pattern WHOLE = Pattern.compile("\\d{1,3}([.,  ]\\d{3})+|\\d+");

	private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX = new BigDecimal("1000000000000000");

	/** What a cell became: a number, a text, or a problem code with its arguments. */
	record Parsed(BigDecimal number, String text, String problem, Object[] args) {

		boolean ok() {
			return problem == null;
		}

		boolean empty() {
			return ok() && number == null && text == null;
		}

	}

	private ValueParser() {
	}

	static Parsed parse(ValueType type, String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return new Parsed(null, null, null, null);
		}
		return switch (type) {
			case TEXT -> value.length() > MAX_TEXT ? problem("error.report.value.tooLong", MAX_TEXT) : new Parsed(null, value, null, null);
			case YES_NO -> yesNo(value);
			case INTEGER, MONEY -> whole(type, value);
			case DECIMAL, PERCENT -> decimal(type, value);
		};
	}

	private static Parsed yesNo(String value) {
		String folded = TextFolding.fold(value).toLowerCase(Locale.ROOT);
		return switch (folded) {
			case "co", "x", "1", "yes", "true", "dat" -> number(BigDecimal.ONE);
			case "khong", "0", "no", "false", "chua" -> number(BigDecimal.ZERO);
			default -> problem("error.report.value.yesNo", value);
		};
	}

	private static Parsed whole(ValueType type, String value) {
		String compact = value.startsWith("-") ? value.substring(1) : value;
		if (type == ValueType.MONEY) {
			compact = compact.replaceAll("(?i)\\s*(đ|vnd|đồng|dong)$", "");
		}
		if (!WHOLE.matcher(compact).matches()) {
			return problem(type == ValueType.MONEY ? "error.report.value.money" : "error.report.value.integer", value);
		}
		if (value.startsWith("-")) {
			return problem("error.report.value.negative", value);
		}
		BigDecimal number = new BigDecimal(compact.replaceAll("[.,  ]", ""));
		return number.compareTo(MAX) > 0 ? problem("error.report.value.tooLarge", value) : number(number);
	}

	private static Parsed decimal(ValueType type, String value) {
		String compact = type == ValueType.PERCENT ? value.replaceAll("\\s*%$", "") : value;
		if (compact.startsWith("-") && DECIMAL.matcher(compact.substring(1)).matches()) {
			return problem("error.report.value.negative", value);
		}
		if (!DECIMAL.matcher(compact).matches()) {
			return problem("error.report.value.decimal", value);
		}
		BigDecimal number = new BigDecimal(compact.replace(',', '.'));
		if (number.scale() > 4) {
			return problem("error.report.value.decimals", value, 4);
		}
		if (type == ValueType.PERCENT && number.compareTo(HUNDRED) > 0) {
			return problem("error.report.value.percent", value);
		}
		return number.compareTo(MAX) > 0 ? problem("error.report.value.tooLarge", value) : number(number);
	}

	private static Parsed number(BigDecimal number) {
		return new Parsed(number, null, null, null);
	}

	private static Parsed problem(String code, Object... args) {
		return new Parsed(null, null, code, args);
	}

	/** How a stored value is shown: whole numbers without decimals, others without trailing zeros. */
	static String format(ValueType type, BigDecimal number, String text) {
		if (type == ValueType.TEXT) {
			return text == null ? "" : text;
		}
		if (number == null) {
			return "";
		}
		BigDecimal plain = number.stripTrailingZeros();
		return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
	}

}
