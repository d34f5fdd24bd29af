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

	private final Pattern amountPattern;

	StatementValues(StatementMapping mapping) {
		this.dateFormat = strict(mapping.datePattern());
		this.timeFormat = mapping.timePattern() == null ? null : strict(mapping.timePattern());
		String thousands = Pattern.quote(String.valueOf(mapping.thousandsSeparator()));
		String decimal = Pattern.quote(String.valueOf(mapping.decimalSeparator()));
		this.amountPattern = Pattern.compile("([+-]?)(\\d{1,3}(?:" + thousands + "\\d{3})+|\\d+)(?:" + decimal + "(0{1,2}))?");
	}

	/** The date, and the time of day when the date cell carries one; {@code null} when it is not a date. */
	DateAndTime dateTime(String text) {
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

	/** A whole amount of đồng; empty when the text is not one (or is signed where no sign is allowed). */
	OptionalLong amount(String text, boolean signAllowed) {
		var matcher = amountPattern.matcher(text);
		if (!matcher.matches() || (!signAllowed && !matcher.group(1).isEmpty())) {
			return OptionalLong.empty();
		}
		String digits = matcher.group(2).replaceAll("\\D", "");
		if (digits.length() > 18) {
			return OptionalLong.empty();
		}
		long value = Long.parseLong(digits);
		return OptionalLong.of("-".equals(matcher.group(1)) ? -value : value);
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
