package vn.doanket.plans.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading block of a plan, whether laid out on separate lines or flattened onto one: the parts are found by
 * their anchors ("Số:", "CỘNG HÒA…", "Độc lập - Tự do - Hạnh phúc", "…, ngày … tháng … năm …", the document type in
 * capitals); what comes before them is the parent and issuing body, what follows the type is the summary.
 */
final class HeaderParser {

	private static final Pattern MOTTO = Pattern.compile("doc lap\\s*[-–—]\\s*tu do\\s*[-–—]\\s*hanh phuc");

	private static final Pattern NATIONAL = Pattern.compile("cong hoa xa hoi chu nghia viet nam");

	private static final Pattern TYPE = Pattern.compile(
			"(?<![a-z])(ke hoach|bao cao|huong dan|chuong trinh|quyet dinh|thong bao|to trinh|cong van|nghi quyet)(?![a-z])");

	private static final Pattern ISSUING = Pattern
		.compile("ban thuong truc|thuong truc|ban thuong vu|ban chap hanh|ban chi dao|ban van dong|van phong");

	private static final Pattern YEAR = Pattern.compile("nam\\s+(\\d{4})(?!\\d)");

	private static final Pattern DECORATION = Pattern.compile("^[-_=*.~•\\s]*$");

	private HeaderParser() {
	}

	static PlanHeader parse(List<String> lines) {
		if (lines.isEmpty()) {
			return PlanHeader.empty();
		}
		String text = String.join("\n", lines);
		String folded = Lines.fold(text);
		boolean[] used = new boolean[text.length()];
		int[] first = { text.length() };

		mark(used, first, find(NATIONAL, folded));
		mark(used, first, find(MOTTO, folded));
		DocumentReferences.Found<String> number = DocumentReferences.markedNumber(text);
		if (number != null) {
			mark(used, first, new int[] { number.start(), number.end() });
		}
		int[] type = documentType(text, folded);
		DocumentReferences.Found<LocalDate> date = DocumentReferences
			.date(type == null ? text : text.substring(0, type[0]), 0);
		String place = null;
		if (date != null) {
			int placeStart = placeStart(text, used, date.start());
			place = placeName(text.substring(placeStart, date.start()));
			mark(used, first, new int[] { place == null ? date.start() : placeStart, date.end() });
		}
		mark(used, first, type);

		String parentBody = null;
		String issuingBody = null;
		List<String> unplaced = new ArrayList<>();
		String leading = text.substring(0, first[0]);
		if (!leading.isBlank() && mostlyCapitals(leading)) {
			Matcher issuing = ISSUING.matcher(folded.substring(0, first[0]));
			int split = issuing.find() ? issuing.start() : leading.length();
			parentBody = oneLine(leading.substring(0, split));
			issuingBody = oneLine(leading.substring(split));
			Arrays.fill(used, 0, first[0], true);
		}

		List<String> summary = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			if (used[start]) {
				start++;
				continue;
			}
			int end = start;
			while (end < text.length() && !used[end]) {
				end++;
			}
			for (String piece : text.substring(start, end).split("\n")) {
				String line = Lines.trim(piece);
				if (line.isEmpty() || (type != null && start >= type[1] && DECORATION.matcher(line).matches())) {
					continue;
				}
				(type != null && start >= type[1] ? summary : unplaced).add(line);
			}
			start = end;
		}

		String title = summary.isEmpty() ? null : String.join(" ", summary);
		Integer year = title == null ? null : lastYear(Lines.fold(title));
		boolean nothingFound = type == null && number == null && date == null;
		return new PlanHeader(parentBody, issuingBody, number == null ? null : number.value(), place,
				date == null ? null : date.value(), type == null ? null : text.substring(type[0], type[1]), title,
				List.copyOf(summary), year, List.copyOf(lines), List.copyOf(unplaced), nothingFound || !unplaced.isEmpty());
	}

	private static int[] find(Pattern pattern, String folded) {
		Matcher m = pattern.matcher(folded);
		return m.find() ? new int[] { m.start(), m.end() } : null;
	}

	private static void mark(boolean[] used, int[] first, int[] span) {
		if (span == null) {
			return;
		}
		Arrays.fill(used, span[0], span[1], true);
		first[0] = Math.min(first[0], span[0]);
	}

	/** The document type in capitals ("KẾ HOẠCH"): a capitalised word in a summary is not one. */
	private static int[] documentType(String text, String folded) {
		Matcher m = TYPE.matcher(folded);
		while (m.find()) {
			String original = text.substring(m.start(), m.end());
			if (original.equals(original.toUpperCase(Locale.ROOT))) {
				return new int[] { m.start(), m.end() };
			}
		}
		return null;
	}

	/** Where the place before ", ngày …" starts: after the last thing already found on that line. */
	private static int placeStart(String text, boolean[] used, int dateStart) {
		int start = dateStart;
		while (start > 0 && text.charAt(start - 1) != '\n' && !used[start - 1]) {
			start--;
		}
		return start;
	}

	private static String placeName(String text) {
		String place = text.replaceAll("[\\s,]+$", "").strip();
		return place.isEmpty() || place.length() > 40 ? null : place;
	}

	private static boolean mostlyCapitals(String text) {
		long letters = text.chars().filter(Character::isLetter).count();
		long capitals = text.chars().filter(Character::isUpperCase).count();
		return letters > 0 && capitals * 10 >= letters * 7;
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.isEmpty() ? null : line;
	}

	private static Integer lastYear(String folded) {
		Matcher m = YEAR.matcher(folded);
		Integer year = null;
		while (m.find()) {
			year = Integer.valueOf(m.group(1));
		}
		return year;
	}

}
