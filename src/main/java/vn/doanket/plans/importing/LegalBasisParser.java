package vn.doanket.plans.importing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a "Thực hiện…" / "Căn cứ…" paragraph: the kind of document, its number, date, issuer (after "của") and subject
 * (after "về việc"). Text in brackets is skipped when looking for them ("(đã được Thường trực Tỉnh ủy thông qua ngày
 * 19/12/2022)" is not the document's date).
 */
final class LegalBasisParser {

	private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

	private static final Pattern LEAD = Pattern.compile("^(can cu|thuc hien|trien khai|theo)\\s*:?\\s*");

	private static final Pattern NUMBER_WORD = Pattern.compile("\\s*(,|so\\s*:?|so hieu)?\\s*$");

	private static final Pattern ISSUER_END = Pattern.compile("\\s(ve viec|ve|quy dinh|huong dan|ban hanh)\\s|[;,(]");

	private LegalBasisParser() {
	}

	/**
	 * Whether the line is a legal basis. "Căn cứ" always is; "Thực hiện" only when it names a document, as the
	 * summary of a plan may itself start with "Thực hiện Cuộc vận động…".
	 */
	static boolean starts(String line) {
		String folded = Lines.fold(line);
		if (folded.startsWith("can cu")) {
			return true;
		}
		return (folded.startsWith("thuc hien") || folded.startsWith("theo "))
				&& (DocumentReferences.number(line, 0) != null || folded.contains(" cua "));
	}

	static LegalBasis parse(String line) {
		String scan = mask(line);
		String folded = Lines.fold(scan);
		Matcher lead = LEAD.matcher(folded);
		int leadEnd = lead.find() ? lead.end() : 0;
		DocumentReferences.Found<String> number = DocumentReferences.number(scan, leadEnd);
		String kind = null;
		if (number != null) {
			kind = clean(scan.substring(leadEnd, number.start() - trailingNumberWord(folded, leadEnd, number.start())));
		}
		int after = number == null ? leadEnd : number.end();
		DocumentReferences.Found<LocalDate> date = DocumentReferences.date(scan, after);
		if (date != null && number == null) {
			after = date.end();
		}
		else if (date != null) {
			after = Math.max(after, date.end());
		}
		String issuer = null;
		String title = null;
		int of = folded.indexOf(" cua ", after);
		int subjectFrom = after;
		if (of >= 0) {
			int start = of + 5;
			Matcher end = ISSUER_END.matcher(folded);
			int stop = end.find(start) ? end.start() : scan.length();
			issuer = clean(scan.substring(start, stop));
			subjectFrom = stop;
		}
		int about = folded.indexOf("ve viec ", subjectFrom);
		if (about >= 0) {
			title = clean(scan.substring(about + 8));
		}
		else if (of >= 0 && subjectFrom < scan.length()) {
			title = clean(scan.substring(subjectFrom).replaceFirst("^[\\s,;]+", ""));
		}
		return new LegalBasis(line, kind, number == null ? null : number.value(), date == null ? null : date.value(),
				issuer, title);
	}

	private static int trailingNumberWord(String folded, int from, int to) {
		Matcher m = NUMBER_WORD.matcher(folded.substring(from, to));
		return m.find() ? m.end() - m.start() : 0;
	}

	/** Brackets replaced by spaces of the same length, so that places in the text stay where they were. */
	private static String mask(String line) {
		StringBuilder masked = new StringBuilder(line);
		Matcher m = BRACKETED.matcher(line);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				masked.setCharAt(i, ' ');
			}
		}
		return masked.toString();
	}

	/** Without surrounding spaces and final punctuation; {@code null} when nothing is left. */
	private static String clean(String text) {
		String cleaned = text.replaceAll("\\s+", " ").replaceAll("^[\\s,;:]+|[\\s.,;:]+$", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
