package vn.doanket.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.doanket.shared.TextFolding;

/**
 * Normalises the timeframes written in Vietnamese plans, ignoring diacritics and case: "Thường xuyên", "dự kiến cuối
 * Quý I/2023", "quý III-IV/2023", "Trong năm 2023", "(tháng 8 năm 2010)", "tháng 10-11/2023", "trước ngày 15/10/2023",
 * "từ ngày 01/11 đến ngày 18/11/2023", "6 tháng đầu năm 2023"… A missing year is taken from {@code defaultYear}.
 * Words such as "trước", "hạn chót", "chậm nhất" or "cuối" turn the period into a deadline at its last day. Never
 * throws: what cannot be understood is {@link Timeframe.Kind#UNKNOWN} with the wording kept.
 */
public final class TimeframeParser {

	private static final String NUMERAL = "(iv|iii|ii|i|[1-4])(?![a-z0-9])";

	private static final String JOIN = "\\s*(?:-|,|va|den|toi)\\s*";

	private static final Pattern ONGOING = Pattern
		.compile("\\b(thuong xuyen|hang ngay|hang tuan|hang thang|hang quy|hang nam|lien tuc|dinh ky)\\b");

	private static final Pattern DEADLINE = Pattern
		.compile("\\b(truoc|han chot|han cuoi|cham nhat)\\b|\\bcuoi (quy|thang|nam)\\b");

	private static final Pattern TEXT_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");

	private static final Pattern TEXT_DAY_MONTH = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?!\\d)");

	private static final Pattern TEXT_MONTH_YEAR = Pattern.compile("thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");

	private static final Pattern DASHED_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})(?!\\d)");

	private static final Pattern HALF_YEAR = Pattern
		.compile("(?:(6|sau|9|chin)\\s+thang|(nua))\\s+(dau|cuoi)\\s+nam(?:\\s*(\\d{4}))?");

	private static final Pattern DATE_RANGE = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})(?!\\d)(?:/(\\d{4}))?" + "\\s*(?:-|den|toi)\\s*(?:ngay\\s+)?(\\d{1,2})/(\\d{1,2})(?!\\d)(?:/(\\d{4}))?(?!\\d)");

	private static final Pattern FULL_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

	private static final Pattern DAY_MONTH = Pattern.compile("ngay\\s+(\\d{1,2})/(\\d{1,2})(?![\\d/])");

	private static final Pattern MONTHS = Pattern
		.compile("thang\\s+(\\d{1,2})(?!\\d)(?:" + JOIN + "(?:thang\\s+)?(\\d{1,2})(?!\\d))?(?:\\s*(?:/|nam)\\s*(\\d{4}))?");

	private static final Pattern QUARTERS = Pattern
		.compile("quy\\s+" + NUMERAL + "(?:" + JOIN + "(?:quy\\s+)?" + NUMERAL + ")?(?:\\s*(?:/|nam)\\s*(\\d{4}))?");

	private static final Pattern YEARS = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern YEAR = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern THIS_YEAR = Pattern.compile("\\b(trong nam|ca nam|cuoi nam|nam nay)\\b");

	private TimeframeParser() {
	}

	public static Timeframe parse(String text, int defaultYear) {
		String original = text == null ? "" : text.strip();
		try {
			return interpret(original, defaultYear);
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			return Timeframe.unknown(original);
		}
	}

	private static Timeframe interpret(String original, int defaultYear) {
		String text = prepare(original);
		if (text.isEmpty()) {
			return Timeframe.unknown(original);
		}
		if (ONGOING.matcher(text).find()) {
			return Timeframe.ongoing(original);
		}
		LocalDate[] period = halfYear(text, defaultYear);
		boolean deadline = period == null && DEADLINE.matcher(text).find();
		if (period == null) {
			period = period(text, defaultYear);
		}
		if (period == null || period[0].isAfter(period[1])) {
			return Timeframe.unknown(original);
		}
		return deadline ? Timeframe.deadline(period[1], original) : Timeframe.range(period[0], period[1], original);
	}

	/** Folded, without brackets or quotes, with dates written in words turned into d/m/yyyy. */
	private static String prepare(String original) {
		String text = TextFolding.fold(original).replaceAll("[()\\[\\]“”\"]", " ").replaceAll("[–—−]", "-");
		text = text.replaceAll("\\s+", " ").trim();
		text = TEXT_DATE.matcher(text).replaceAll("$1/$2/$3");
		text = TEXT_DAY_MONTH.matcher(text).replaceAll("ngay $1/$2");
		text = TEXT_MONTH_YEAR.matcher(text).replaceAll("thang $1/$2");
		return DASHED_DATE.matcher(text).replaceAll("$1/$2/$3");
	}

	private static LocalDate[] halfYear(String text, int defaultYear) {
		Matcher m = HALF_YEAR.matcher(text);
		if (!m.find()) {
			return null;
		}
		int months = m.group(2) != null ? 6 : switch (m.group(1)) {
			case "9", "chin" -> 9;
			default -> 6;
		};
		int year = m.group(4) == null ? defaultYear : Integer.parseInt(m.group(4));
		return "dau".equals(m.group(3)) ? months(year, 1, months) : months(year, 13 - months, 12);
	}

	private static LocalDate[] period(String text, int defaultYear) {
		Matcher m = DATE_RANGE.matcher(text);
		if (m.find()) {
			int endYear = year(m.group(6), defaultYear);
			LocalDate end = LocalDate.of(endYear, number(m.group(5)), number(m.group(4)));
			LocalDate start = LocalDate.of(year(m.group(3), endYear), number(m.group(2)), number(m.group(1)));
			if (m.group(3) == null && start.isAfter(end)) {
				start = start.minusYears(1);
			}
			return new LocalDate[] { start, end };
		}
		if ((m = FULL_DATE.matcher(text)).find()) {
			LocalDate day = LocalDate.of(number(m.group(3)), number(m.group(2)), number(m.group(1)));
			return new LocalDate[] { day, day };
		}
		if ((m = DAY_MONTH.matcher(text)).find()) {
			LocalDate day = LocalDate.of(defaultYear, number(m.group(2)), number(m.group(1)));
			return new LocalDate[] { day, day };
		}
		if ((m = MONTHS.matcher(text)).find()) {
			int first = number(m.group(1));
			int last = m.group(2) == null ? first : number(m.group(2));
			return months(year(m.group(3), defaultYear), first, last);
		}
		if ((m = QUARTERS.matcher(text)).find()) {
			int first = quarter(m.group(1));
			int last = m.group(2) == null ? first : quarter(m.group(2));
			return months(year(m.group(3), defaultYear), first * 3 - 2, last * 3);
		}
		if ((m = YEARS.matcher(text)).find()) {
			return new LocalDate[] { LocalDate.of(number(m.group(1)), 1, 1), LocalDate.of(number(m.group(2)), 12, 31) };
		}
		if ((m = YEAR.matcher(text)).find()) {
			return months(number(m.group(1)), 1, 12);
		}
		if (THIS_YEAR.matcher(text).find()) {
			return months(defaultYear, 1, 12);
		}
		return null;
	}

	private static LocalDate[] months(int year, int first, int last) {
		return new LocalDate[] { LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth() };
	}

	private static int quarter(String numeral) {
		return switch (numeral) {
			case "i", "1" -> 1;
			case "ii", "2" -> 2;
			case "iii", "3" -> 3;
			default -> 4;
		};
	}

	private static int year(String digits, int fallback) {
		return digits == null ? fallback : number(digits);
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

}
