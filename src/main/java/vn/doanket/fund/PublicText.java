package vn.doanket.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What of a ledger text may be published: numbers that could be a phone, an identity card or an account (six digits
 * or more, even when split by spaces, dots or dashes, or glued to letters) are blotted out, and beneficiaries are
 * shown as "Nguyễn V. A., Thôn Đắk Ung".
 */
final class PublicText {

	static final String ANONYMOUS = "Ẩn danh";

	static final String HIDDEN = "***";

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ .\\-/_,]{0,2}\\d){5,}");

	private PublicText() {
	}

	static String scrub(String text) {
		if (text == null) {
			return "";
		}
		return SPACES.matcher(LONG_NUMBER.matcher(text).replaceAll(HIDDEN)).replaceAll(" ").trim();
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
