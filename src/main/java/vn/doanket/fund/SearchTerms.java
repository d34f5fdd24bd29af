package vn.doanket.fund;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * What a word of a ledger search means: an amount ("1.500.000", "1500000đ", "500,000": four digits or more), a date
 * ("17/10/2023", "2023-10-17") or text matched in names, references and vouchers.
 */
final class SearchTerms {

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+d?|\\d{4,13}d?");

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private SearchTerms() {
	}

	enum Kind {

		TEXT, AMOUNT, DATE

	}

	record Term(Kind kind, Object value) {
	}

	/** Classifies a folded word (lower case, no accents: "đ" has become "d"). */
	static Term classify(String word) {
		if (AMOUNT.matcher(word).matches()) {
			return new Term(Kind.AMOUNT, Long.parseLong(word.replaceAll("[.,d]", "")));
		}
		try {
			if (word.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
				return new Term(Kind.DATE, LocalDate.parse(word, VIETNAMESE));
			}
			if (word.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return new Term(Kind.DATE, LocalDate.parse(word));
			}
		}
		catch (DateTimeParseException ex) {
			return new Term(Kind.TEXT, word);
		}
		return new Term(Kind.TEXT, word);
	}

}
