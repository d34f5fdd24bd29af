package vn.doanket.plans.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the structure of a plan from its text: header, legal bases, introduction, sections with items and
 * sub-items, responsible parties, closing, signature and recipients. Never throws and never drops a line: what
 * cannot be placed is kept as free text of the header or of the nearest section and flagged for review.
 */
public final class PlanTextParser {

	private static final Pattern YEAR = Pattern.compile("nam\\s+((?:19|20)\\d{2})(?!\\d)");

	private PlanTextParser() {
	}

	public static ProposedPlan parse(String text) {
		List<String> lines = Lines.of(text);
		try {
			return parse(lines);
		}
		catch (RuntimeException ex) {
			return unreadable(lines);
		}
	}

	private static ProposedPlan parse(List<String> lines) {
		int headerEnd = headerEnd(lines);
		int tailStart = tailStart(lines, headerEnd);
		int bodyStart = headerEnd;
		while (bodyStart < tailStart && Lines.heading(lines.get(bodyStart)) == null) {
			bodyStart++;
		}
		PlanHeader header = HeaderParser.parse(lines.subList(0, headerEnd));
		List<LegalBasis> legalBases = new ArrayList<>();
		List<String> introduction = new ArrayList<>();
		for (String line : lines.subList(headerEnd, bodyStart)) {
			if (LegalBasisParser.starts(line)) {
				legalBases.add(LegalBasisParser.parse(line));
			}
			else {
				introduction.add(line);
			}
		}
		int year = year(header, introduction);
		Integer issuerLevel = header.parentBody() == null ? null : PartyParser.level(header.parentBody());
		BodyParser.Body body = BodyParser.parse(lines.subList(bodyStart, tailStart), year, issuerLevel);
		TailParser.Tail tail = TailParser.parse(lines.subList(tailStart, lines.size()));

		List<ProposedSection> sections = new ArrayList<>(body.sections());
		BodyParser.addLoose(sections, tail.loose());
		List<String> closing = new ArrayList<>(body.closing());
		closing.addAll(tail.closing());
		boolean review = header.needsReview() || sections.isEmpty() || sections.stream().anyMatch(PlanTextParser::review);
		return new ProposedPlan(header, List.copyOf(legalBases), List.copyOf(introduction), List.copyOf(sections),
				List.copyOf(closing), tail.signature(), tail.recipients(), year, review);
	}

	/** The header runs until the first legal basis, heading, introduction ("… như sau:") or tail line. */
	private static int headerEnd(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (Lines.heading(line) != null || LegalBasisParser.starts(line) || TailParser.opens(line)
					|| Lines.fold(line).contains("nhu sau")) {
				return i;
			}
		}
		return lines.size();
	}

	private static int tailStart(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (TailParser.opens(lines.get(i))) {
				return i;
			}
		}
		return lines.size();
	}

	/** The year of the campaign named in the title, else of the issue date, else named in the introduction. */
	private static int year(PlanHeader header, List<String> introduction) {
		if (header.campaignYear() != null) {
			return header.campaignYear();
		}
		if (header.issuedOn() != null) {
			return header.issuedOn().getYear();
		}
		Matcher m = YEAR.matcher(Lines.fold(String.join("\n", introduction)));
		return m.find() ? Integer.parseInt(m.group(1)) : LocalDate.now().getYear();
	}

	private static boolean review(ProposedSection section) {
		return section.needsReview() || section.items().stream().anyMatch(PlanTextParser::review);
	}

	private static boolean review(ProposedItem item) {
		return item.needsReview() || item.subItems().stream().anyMatch(PlanTextParser::review);
	}

	/** Kept for safety: if reading fails all the same, every line is handed back as header text to review. */
	private static ProposedPlan unreadable(List<String> lines) {
		PlanHeader header = new PlanHeader(null, null, null, null, null, null, null, List.of(), null,
				List.copyOf(lines), List.copyOf(lines), true);
		return new ProposedPlan(header, List.of(), List.of(), List.of(), List.of(), null, List.of(),
				LocalDate.now().getYear(), true);
	}

}
