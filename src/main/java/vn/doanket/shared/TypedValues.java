package vn.doanket.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reading what people type in forms: dates as 2023-03-15 or 15/3/2023, whole amounts (đồng) and counts as 1.500.000;
 * a value that cannot be read is refused naming the field.
 */
public final class TypedValues {

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private TypedValues() {
	}

	public static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		try {
			return t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "error.badValue", t);
		}
	}

	public static Long amount(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.trim().replaceAll("[.\\s]|đ$|,(?=\\d{3})", "");
		if (!digits.matches("-?\\d{1,16}")) {
			throw InvalidInputException.of(field, "error.badValue", text.trim());
		}
		return Long.parseLong(digits);
	}

	public static Integer number(String text, String field) {
		Long value = amount(text, field);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			throw InvalidInputException.of(field, "error.badValue", text.trim());
		}
		return value == null ? null : value.intValue();
	}

}
