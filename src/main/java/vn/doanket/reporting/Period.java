package vn.doanket.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.doanket.shared.InvalidInputException;

/**
 * A reporting period under Nghị định 09/2019/NĐ-CP, written as {@code 202301} (month), {@code 2023Q1} (quarter),
 * {@code 2023S1} / {@code 2023S2} (first / second half), {@code 2023N9} (first nine months) or {@code 2023} (year).
 * <p>
 * Besides its calendar range a period has a data cut-off window: from the 15th of the month before the period to the
 * 14th of its last month (a quarter 2023Q1 covers data from 15/12/2022 to 14/03/2023; the year 2023 from 15/12/2022 to
 * 14/12/2023). Data are assigned to periods by that window, never by the calendar range.
 * <p>
 * Immutable; equal when type, year and index are equal.
 */
public final class Period {

	/** The field that parse errors name. */
	public static final String FIELD = "period";

	/** The default day of the following month on which a report is due. */
	public static final int DEFAULT_DEADLINE_DAY = 20;

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2999;

	private static final Pattern ID = Pattern.compile("(\\d{4})(?:(\\d{2})|Q(\\d)|S(\\d)|(N9))?");

	private final PeriodType type;

	private final int year;

	private final int index;

	private Period(PeriodType type, int year, int index) {
		this.type = type;
		this.year = year;
		this.index = index;
	}

	/**
	 * The period of {@code type} in {@code year}; {@code index} is the month (1–12), the quarter (1–4), the half
	 * (1–2), and 1 for a nine-month or a year period.
	 */
	public static Period of(PeriodType type, int year, int index) {
		if (type == null || year < MIN_YEAR || year > MAX_YEAR || index < 1 || index > type.perYear()) {
			throw new IllegalArgumentException("No " + type + " period " + index + " in year " + year);
		}
		return new Period(type, year, index);
	}

	public static Period month(int year, int month) {
		return of(PeriodType.MONTH, year, month);
	}

	public static Period quarter(int year, int quarter) {
		return of(PeriodType.QUARTER, year, quarter);
	}

	public static Period halfYear(int year, int half) {
		return of(PeriodType.HALF_YEAR, year, half);
	}

	public static Period nineMonths(int year) {
		return of(PeriodType.NINE_MONTHS, year, 1);
	}

	public static Period wholeYear(int year) {
		return of(PeriodType.YEAR, year, 1);
	}

	/**
	 * Reads an identifier such as {@code 2023Q1}; surrounding blanks and lower-case letters are accepted.
	 * @throws InvalidInputException on field {@value #FIELD}: {@code error.required} when blank,
	 * {@code error.period.format} when it is not a period
	 */
	public static Period parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(FIELD, "error.required");
		}
		String id = text.strip().toUpperCase(Locale.ROOT);
		Matcher m = ID.matcher(id);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			PeriodType type = m.group(2) != null ? PeriodType.MONTH
					: m.group(3) != null ? PeriodType.QUARTER
					: m.group(4) != null ? PeriodType.HALF_YEAR
					: m.group(5) != null ? PeriodType.NINE_MONTHS : PeriodType.YEAR;
			String number = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			int index = number == null ? 1 : Integer.parseInt(number);
			if (year >= MIN_YEAR && year <= MAX_YEAR && index >= 1 && index <= type.perYear()) {
				return new Period(type, year, index);
			}
		}
		throw InvalidInputException.of(FIELD, "error.period.format", text.strip());
	}

	/** The identifier, e.g. {@code 2023Q1}; {@link #parse(String)} reads it back. */
	public String id() {
		return switch (type) {
			case MONTH -> String.format(Locale.ROOT, "%04d%02d", year, index);
			case QUARTER -> year + "Q" + index;
			case HALF_YEAR -> year + "S" + index;
			case NINE_MONTHS -> year + "N9";
			case YEAR -> String.valueOf(year);
		};
	}

	public PeriodType type() {
		return type;
	}

	public int year() {
		return year;
	}

	/** The month, quarter or half of the year; 1 for nine-month and year periods. */
	public int index() {
		return index;
	}

	/** The first calendar day. */
	public LocalDate start() {
		return LocalDate.of(year, (index - 1) * type.months() + 1, 1);
	}

	/** The last calendar day. */
	public LocalDate end() {
		return start().plusMonths(type.months()).minusDays(1);
	}

	/** The first day of the data cut-off window: the 15th of the month before the period. */
	public LocalDate cutoffStart() {
		return start().minusMonths(1).withDayOfMonth(15);
	}

	/** The last day of the data cut-off window: the 14th of the period's last month. */
	public LocalDate cutoffEnd() {
		return end().withDayOfMonth(14);
	}

	/** Whether {@code date} falls in the data cut-off window, both ends included. */
	public boolean contains(LocalDate date) {
		return !date.isBefore(cutoffStart()) && !date.isAfter(cutoffEnd());
	}

	/** The due date on the 20th of the month after the period's last month. */
	public LocalDate deadline() {
		return deadline(DEFAULT_DEADLINE_DAY);
	}

	/**
	 * The due date on {@code dayOfFollowingMonth} of the month after the period's last month, moved back to that
	 * month's last day when it is shorter (31 gives 30 April, 28 or 29 February).
	 */
	public LocalDate deadline(int dayOfFollowingMonth) {
		if (dayOfFollowingMonth < 1 || dayOfFollowingMonth > 31) {
			throw new IllegalArgumentException("Not a day of a month: " + dayOfFollowingMonth);
		}
		LocalDate month = end().plusDays(1);
		return month.withDayOfMonth(Math.min(dayOfFollowingMonth, month.lengthOfMonth()));
	}

	/** The period of the same type just before this one (the same period of the previous year when once a year). */
	public Period previous() {
		return index > 1 ? of(type, year, index - 1) : of(type, year - 1, type.perYear());
	}

	/** The period of the same type just after this one (the same period of the next year when once a year). */
	public Period next() {
		return index < type.perYear() ? of(type, year, index + 1) : of(type, year + 1, 1);
	}

	/**
	 * The periods of {@code childType} whose calendar range lies inside this one, in order: the quarters of a year,
	 * the months of a quarter, the quarters of the nine months (Q1–Q3). A period is its own only child of its type;
	 * a longer type gives an empty list.
	 */
	public List<Period> childPeriods(PeriodType childType) {
		List<Period> children = new ArrayList<>();
		for (int i = 1; i <= childType.perYear(); i++) {
			Period child = new Period(childType, year, i);
			if (!child.start().isBefore(start()) && !child.end().isAfter(end())) {
				children.add(child);
			}
		}
		return List.copyOf(children);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Period p && p.type == type && p.year == year && p.index == index;
	}

	@Override
	public int hashCode() {
		return (type.hashCode() * 31 + year) * 31 + index;
	}

	@Override
	public String toString() {
		return id();
	}

}
