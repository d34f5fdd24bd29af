package vn.doanket.fund;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads the dates, times and amounts of one mapping. Amounts are strict: digits grouped by threes with the declared
 * thousands separator (or not grouped at all), an optional zero fraction of one or two digits after the other
 * separator, and a sign only where the column may carry one. "50,000" under dot thousands is refused, not read as 50.
 */
final class StatementValues {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

	private static final Pattern ISO_TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	private final DateTimeFormatter dateFormat;

	private final DateTimeFormatter timeFormat;

	private final char thousands;

	private final char decimal;

	/** Dates repeat from line to line: each distinct text is parsed once (up to a bound); lines are read in parallel. */
	private final java.util.Map<String, DateAndTime> dates = new java.util.concurrent.ConcurrentHashMap<>();

	private static final DateAndTime NOT_A_DATE = new DateAndTime(null, null);

	private static final int DATE_CACHE_LIMIT = 10_000;

	StatementValues(StatementMapping mapping) {
		this.dateFormat = strict(mapping.datePattern());
		this.timeFormat = mapping.timePattern() == null ? null : strict(mapping.timePattern());
		this.thousands = mapping.thousandsSeparator();
		this.decimal = mapping.decimalSeparator();
	}

	/** The date, and the time of day when the date cell carries one; {@code null} when it is not a date. */
	DateAndTime dateTime(String text) {
		DateAndTime known = dates.get(text);
		if (known == null) {
			known = parseDateTime(text);
			if (dates.size() < DATE_CACHE_LIMIT) {
				dates.put(text, known == null ? NOT_A_DATE : known);
			}
		}
		return known == NOT_A_DATE ? null : known;
	}

	private DateAndTime parseDateTime(String text) {
		try {
			if (ISO_DATE.matcher(text).matches()) {
				if (text.length() == 10) {
					return new DateAndTime(LocalDate.parse(text), null);
				}
				LocalDateTime dateTime = LocalDateTime.parse(text);
				return new DateAndTime(dateTime.toLocalDate(), dateTime.toLocalTime());
			}
			TemporalAccessor parsed = dateFormat.parse(text);
			LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : null;
			return new DateAndTime(LocalDate.from(parsed), time);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The time of day, or {@code null} when it is not a time. */
	LocalTime time(String text) {
		try {
			if (ISO_TIME.matcher(text).matches()) {
				return LocalTime.parse(text);
			}
			return timeFormat == null ? null : LocalTime.from(timeFormat.parse(text));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * A whole amount of đồng; empty when the text is not one (or is signed where no sign is allowed): an optional sign,
	 * then digits either not grouped or grouped by threes with the thousands separator (the first group one to three
	 * digits), then optionally the decimal separator and one or two zeros. Read a character at a time.
	 */
	OptionalLong amount(String text, boolean signAllowed) {
		int n = text.length();
		int i = 0;
		boolean negative = false;
		if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			if (!signAllowed) {
				return OptionalLong.empty();
			}
			negative = text.charAt(i) == '-';
			i++;
		}
		int start = i;
		while (i < n && isDigit(text.charAt(i))) {
			i++;
		}
		int leading = i - start;
		if (leading == 0) {
			return OptionalLong.empty();
		}
		StringBuilder digits = new StringBuilder(n).append(text, start, i);
		if (leading <= 3 && i < n && text.charAt(i) == thousands && groupFollows(text, i)) {
			while (i < n && text.charAt(i) == thousands && groupFollows(text, i)) {
				digits.append(text, i + 1, i + 4);
				i += 4;
			}
		}
		if (i < n && text.charAt(i) == decimal) {
			int zeros = 0;
			i++;
			while (i < n && text.charAt(i) == '0') {
				zeros++;
				i++;
			}
			if (zeros < 1 || zeros > 2) {
				return OptionalLong.empty();
			}
		}
		if (i != n || digits.length() > 18) {
			return OptionalLong.empty();
		}
		long value = Long.parseLong(digits, 0, digits.length(), 10);
		return OptionalLong.of(negative ? -value : value);
	}

	/** Three digits after the separator at {@code at}, and then no fourth digit. */
	private static boolean groupFollows(String text, int at) {
		return at + 3 < text.length() && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2))
				&& isDigit(text.charAt(at + 3)) && (at + 4 >= text.length() || !isDigit(text.charAt(at + 4)));
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Patterns use "yyyy" by habit; strict resolving needs the proleptic year "uuuu" to reject 31/02. */
	private static DateTimeFormatter strict(String pattern) {
		StringBuilder converted = new StringBuilder();
		boolean literal = false;
		for (char c : pattern.toCharArray()) {
			if (c == '\'') {
				literal = !literal;
			}
			converted.append(!literal && c == 'y' ? 'u' : c);
		}
		return DateTimeFormatter.ofPattern(converted.toString()).withResolverStyle(ResolverStyle.STRICT);
	}

	record DateAndTime(LocalDate date, LocalTime time) {
	}

}
