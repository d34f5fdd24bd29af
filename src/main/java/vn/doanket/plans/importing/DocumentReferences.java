package vn.doanket.plans.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers ("163/KH-MTTQ-BTT", "12 /Ctr-MTTQ-BTT", "121/2017/TT-BTC", "156-KH/ĐTN", "156 KH/ĐTN") and
 * dates ("ngày 29 tháng 12 năm 2022", "08/02/2021") in a text, with their place in it.
 */
final class DocumentReferences {

	private static final String SYMBOL = "\\p{Lu}[\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)*";

	private static final Pattern SLASHED = Pattern
		.compile("(?<![\\p{L}\\d/.])(\\d{1,5})\\s*/\\s*((?:\\d{4}/)?" + SYMBOL + ")");

	private static final Pattern HYPHENATED = Pattern
		.compile("(?<![\\p{L}\\d/.])(\\d{1,5})\\s*-\\s*(\\p{Lu}[\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)+)");

	private static final Pattern SPACED = Pattern
		.compile("(?<![\\p{L}\\d/.])(\\d{1,5})\\s+(\\p{Lu}[\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)+)");

	private static final Pattern NUMBER_MARK = Pattern.compile("(?<![a-z])so\\s*:?\\s*(?=\\d)");

	private static final Pattern WORD_DATE = Pattern
		.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})(?!\\d)");

	private static final Pattern NUMERIC_DATE = Pattern
		.compile("(?<![\\d/])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?!\\d)");

	private DocumentReferences() {
	}

	/** Something found in a text: where it starts and ends, and its normalised value. */
	record Found<T>(int start, int end, T value) {
	}

	/** The first document number at or after {@code from}. */
	static Found<String> number(String text, int from) {
		Found<String> best = null;
		for (Pattern pattern : new Pattern[] { SLASHED, HYPHENATED, SPACED }) {
			Matcher m = pattern.matcher(text);
			if (m.find(from) && (best == null || m.start() < best.start())) {
				best = new Found<>(m.start(), m.end(), m.group(1) + separator(pattern) + m.group(2));
			}
		}
		return best;
	}

	/** The number written after "Số:" (any case, with or without diacritics), or {@code null}. */
	static Found<String> markedNumber(String text) {
		Matcher mark = NUMBER_MARK.matcher(Lines.fold(text));
		while (mark.find()) {
			for (Pattern pattern : new Pattern[] { SLASHED, HYPHENATED, SPACED }) {
				Matcher m = pattern.matcher(text).region(mark.end(), text.length());
				if (m.lookingAt()) {
					return new Found<>(mark.start(), m.end(), m.group(1) + separator(pattern) + m.group(2));
				}
			}
		}
		return null;
	}

	private static String separator(Pattern pattern) {
		return pattern == SLASHED ? "/" : pattern == HYPHENATED ? "-" : " ";
	}

	/** The first valid date at or after {@code from}. */
	static Found<LocalDate> date(String text, int from) {
		String folded = Lines.fold(text);
		Found<LocalDate> words = first(WORD_DATE.matcher(folded), from, 1, 2, 3);
		Found<LocalDate> digits = first(NUMERIC_DATE.matcher(folded), from, 1, 3, 4);
		if (words == null) {
			return digits;
		}
		return digits == null || words.start() < digits.start() ? words : digits;
	}

	private static Found<LocalDate> first(Matcher m, int from, int day, int month, int year) {
		int position = from;
		while (position <= m.regionEnd() && m.find(position)) {
			try {
				LocalDate date = LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
						Integer.parseInt(m.group(day)));
				return new Found<>(m.start(), m.end(), date);
			}
			catch (DateTimeException ex) {
				position = m.end();
			}
		}
		return null;
	}

}
