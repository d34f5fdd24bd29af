package vn.doanket.fund;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of the public search: a text folded (lower case, no accents, "đ" as "d") and cut at everything that is not
 * a letter a–z or a digit ("Nguyễn Thị Ánh, PT-2024/0007" → nguyen, thi, anh, pt, 2024, 0007). Entries store their
 * words as a {@code tsvector} written by the application (the SQL function {@code fund_search_words} is the same rule,
 * for rows written by SQL); a search asks for the typed words, the last one possibly unfinished.
 * <p>
 * Folding goes through a table built once for the first 8,192 characters (every Vietnamese letter is among them), as
 * it runs for every line of large statements.
 */
final class SearchWords {

	private static final int TABLE_SIZE = 0x2000;

	private static final String[] FOLDED = new String[TABLE_SIZE];

	static {
		for (char c = 0; c < TABLE_SIZE; c++) {
			FOLDED[c] = foldSlowly(c);
		}
	}

	private SearchWords() {
	}

	/** The letters and digits {@code c} folds to (empty for punctuation, spaces and marks). */
	static String folded(char c) {
		return c < TABLE_SIZE ? FOLDED[c] : foldSlowly(c);
	}

	/** The words of the texts, each once, in order of appearance; {@code null} texts are skipped. */
	static List<String> of(String... texts) {
		Set<String> words = new LinkedHashSet<>();
		StringBuilder word = new StringBuilder();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			for (int i = 0; i < text.length(); i++) {
				String f = folded(text.charAt(i));
				if (f.isEmpty() && isMark(text.charAt(i))) {
					continue;
				}
				if (f.isEmpty()) {
					add(words, word);
				}
				else {
					word.append(f);
				}
			}
			add(words, word);
		}
		return new ArrayList<>(words);
	}

	/** The words as a {@code tsvector} literal: they hold only a–z and 0–9, so they need no quoting. */
	static String vector(List<String> words) {
		return String.join(" ", words);
	}

	/**
	 * A {@code tsquery} asking for every word whole, except the last one which may be the beginning of a word when
	 * {@code lastUnfinished} (people search while typing). Whole words are what the index answers fastest: a prefix
	 * gathers every word it begins.
	 */
	static String query(List<String> words, boolean lastUnfinished) {
		List<String> terms = new ArrayList<>();
		for (String word : words) {
			if (!word.isEmpty()) {
				terms.add(word);
			}
		}
		if (lastUnfinished && !terms.isEmpty()) {
			terms.set(terms.size() - 1, terms.get(terms.size() - 1) + ":*");
		}
		return String.join(" & ", terms);
	}

	private static void add(Set<String> words, StringBuilder word) {
		if (!word.isEmpty()) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/** Combining marks (a decomposed accent) belong to the letter before them. */
	private static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}

	private static String foldSlowly(char c) {
		if (c == 'đ' || c == 'Đ') {
			return "d";
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(1);
		for (int k = 0; k < decomposed.length(); k++) {
			char d = Character.toLowerCase(decomposed.charAt(k));
			if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
				out.append(d);
			}
		}
		return out.toString();
	}

}
