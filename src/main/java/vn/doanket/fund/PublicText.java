package vn.doanket.fund;

import java.util.ArrayList;
import java.util.List;

/**
 * What of a ledger text may be published: numbers that could be a phone, an identity card or an account (six digits
 * or more, even when split by spaces, dots or dashes, or glued to letters) are blotted out, and beneficiaries are
 * shown as "Nguyễn V. A., Thôn Đắk Ung".
 */
final class PublicText {

	static final String ANONYMOUS = "Ẩn danh";

	static final String HIDDEN = "***";

	private PublicText() {
	}

	/**
	 * The text without long numbers and with its whitespace collapsed. A long number is what the regular expression
	 * {@code \d(?:[ .\-/_,]{0,2}\d){5,}} finds: six digits or more, any two of them apart by at most two of the
	 * characters space, dot, dash, slash, underscore and comma; each is replaced by {@code ***}. Written as a scan
	 * because it runs for every entry of large statements (a test checks it against the expression).
	 */
	static String scrub(String text) {
		if (text == null) {
			return "";
		}
		int n = text.length();
		StringBuilder out = new StringBuilder(n);
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (isDigit(c)) {
				int digits = 1;
				int last = i;
				int next = nextDigit(text, last);
				while (next >= 0) {
					digits++;
					last = next;
					next = nextDigit(text, last);
				}
				if (digits >= 6) {
					out.append(HIDDEN);
				}
				else {
					out.append(text, i, last + 1);
				}
				i = last + 1;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return collapseSpaces(out.toString()).trim();
	}

	/** The digit after the one at {@code at}, when at most two separators stand between them; otherwise -1. */
	private static int nextDigit(String text, int at) {
		for (int k = at + 1; k < text.length() && k <= at + 3; k++) {
			char c = text.charAt(k);
			if (isDigit(c)) {
				return k;
			}
			if (!isSeparator(c)) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '.' || c == '-' || c == '/' || c == '_' || c == ',';
	}

	/** Runs of whitespace ({@code \s}: space, tab, line breaks, form feed, vertical tab) as one space. */
	static String collapseSpaces(String text) {
		if (hasSingleSpacesOnly(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
				space = true;
			}
			else {
				if (space) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
		}
		if (space) {
			out.append(' ');
		}
		return out.toString();
	}

	/** Whether the text's only whitespace is single spaces (nothing for {@link #collapseSpaces} to do). */
	private static boolean hasSingleSpacesOnly(String text) {
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || (c == ' ' && space)) {
				return false;
			}
			space = c == ' ';
		}
		return true;
	}

	/** The family name in full, the other names as initials, then the residential area. */
	static String beneficiary(String fullName, String areaName) {
		String[] words = scrub(fullName).split("\\s+");
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].isEmpty()) {
				continue;
			}
			parts.add(i == 0 ? words[i] : words[i].codePoints().limit(1).collect(StringBuilder::new,
					StringBuilder::appendCodePoint, StringBuilder::append) + ".");
		}
		String name = String.join(" ", parts);
		String area = scrub(areaName);
		return area.isEmpty() ? name : name + ", " + area;
	}

}
