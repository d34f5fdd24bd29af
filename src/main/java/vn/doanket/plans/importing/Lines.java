package vn.doanket.plans.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a line of a plan looks: headings, bullets, labelled parts; and the accent-free form used to match words. */
final class Lines {

	private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

	private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)]\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern SUB_NUMBER = Pattern
		.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?(?:\\s+|(?=\\p{L}))(.*)$", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(?!\\d)(.*)$", Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern BULLET = Pattern.compile("^[-–—+•●○◦▪■·*\\uF000-\\uF0FF]+\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern LABELLED = Pattern.compile("^([^:]{1,40}):\\s*(.*)$", Pattern.DOTALL);

	private Lines() {
	}

	/** A numbered heading: its label ("II", "2.1", "a"), its depth (1 for "2", 2 for "2.1") and the rest of the line. */
	record Heading(Type type, String label, int depth, String title) {

		enum Type {

			ROMAN, NUMBER, LETTER

		}

	}

	/**
	 * The non-blank lines of a text, in Unicode composed form, trimmed, without the bookmark tags that some Word-to-text
	 * converters leave ("[bookmark: _GoBack]").
	 */
	static List<String> of(String text) {
		List<String> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		for (String raw : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R")) {
			String line = trim(BOOKMARK.matcher(raw).replaceAll(""));
			if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** Trims white space, no-break spaces and control characters at both ends. */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && blank(text.charAt(start))) {
			start++;
		}
		while (end > start && blank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFEFF';
	}

	/**
	 * Lower case without diacritics, one character for one character, so that a match in the folded text is at the
	 * same place in the original.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 'đ' || c == 'Đ') {
				folded.append('d');
			}
			else if (c < 128) {
				folded.append(Character.toLowerCase(c));
			}
			else {
				String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
				folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
			}
		}
		return folded.toString();
	}

	static boolean startsWithWords(String line, String... foldedPrefixes) {
		String folded = fold(line);
		for (String prefix : foldedPrefixes) {
			if (folded.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The heading this line starts with, or {@code null}. */
	static Heading heading(String line) {
		Matcher m = ROMAN.matcher(line);
		if (m.matches() && validRoman(m.group(1))) {
			return new Heading(Heading.Type.ROMAN, m.group(1), 0, m.group(2));
		}
		if ((m = SUB_NUMBER.matcher(line)).matches()) {
			return new Heading(Heading.Type.NUMBER, m.group(1), m.group(1).split("\\.").length, m.group(2));
		}
		if ((m = NUMBER.matcher(line)).matches()) {
			return new Heading(Heading.Type.NUMBER, m.group(1), 1, m.group(2));
		}
		if ((m = LETTER.matcher(line)).matches()) {
			return new Heading(Heading.Type.LETTER, m.group(1), 0, m.group(2));
		}
		return null;
	}

	private static boolean validRoman(String numeral) {
		return numeral.matches("X{0,3}(IX|IV|V?I{0,3})") && !numeral.isEmpty();
	}

	static boolean bullet(String line) {
		return BULLET.matcher(line).matches();
	}

	/** The line without its bullet. */
	static String unbulleted(String line) {
		Matcher m = BULLET.matcher(line);
		return m.matches() ? m.group(1) : line;
	}

	/** For "Thời gian thực hiện: Thường xuyên": the label folded ("thoi gian thuc hien") and the value; or {@code null}. */
	static String[] labelled(String line) {
		Matcher m = LABELLED.matcher(line);
		return m.matches() ? new String[] { fold(m.group(1)).strip(), m.group(2).strip() } : null;
	}

}
