package vn.doanket.plans.importing;

import java.util.ArrayList;
import java.util.List;

import vn.doanket.plans.importing.Lines.Heading;

/**
 * Reads the body of a plan into sections, items and sub-items. Sections are the Roman headings ("I.MỤC ĐÍCH - YÊU
 * CẦU."); a plan with only Arabic headings has its sections at "1." when their titles name sections ("1. Mục đích,
 * yêu cầu"), otherwise its items are put in one section without heading that needs review.
 */
final class BodyParser {

	/** The sections read and the closing lines ("Trên đây là Kế hoạch…"). */
	record Body(List<ProposedSection> sections, List<String> closing) {
	}

	private enum Layout {

		ROMAN, ARABIC_SECTIONS, ITEMS_ONLY

	}

	private final Layout layout;

	private final List<SectionDraft> sections = new ArrayList<>();

	private final List<String> closing = new ArrayList<>();

	private SectionDraft section;

	private ItemDraft item;

	private ItemDraft subItem;

	private BodyParser(Layout layout) {
		this.layout = layout;
	}

	static Body parse(List<String> lines, int year, Integer issuerLevel) {
		BodyParser parser = new BodyParser(layout(lines));
		lines.forEach(parser::read);
		List<ProposedSection> built = parser.sections.stream().map(s -> s.build(year, issuerLevel)).toList();
		return new Body(built, List.copyOf(parser.closing));
	}

	/** A line that cannot be placed: it goes to the last section (a new one, needing review, if there is none). */
	static void addLoose(List<ProposedSection> sections, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		int last = sections.size() - 1;
		if (last < 0) {
			sections.add(new ProposedSection(null, null, ProposedSection.Kind.OTHER, List.copyOf(lines), List.of(),
					List.of(), true));
			return;
		}
		ProposedSection s = sections.get(last);
		List<String> text = new ArrayList<>(s.text());
		text.addAll(lines);
		sections.set(last, new ProposedSection(s.label(), s.title(), s.kind(), List.copyOf(text), s.items(),
				s.responsibleParties(), true));
	}

	private static Layout layout(List<String> lines) {
		boolean arabicSections = false;
		for (String line : lines) {
			Heading heading = Lines.heading(line);
			if (heading != null && heading.type() == Heading.Type.ROMAN) {
				return Layout.ROMAN;
			}
			if (heading != null && heading.type() == Heading.Type.NUMBER && heading.depth() == 1
					&& SectionDraft.kind(heading.title()) != ProposedSection.Kind.OTHER) {
				arabicSections = true;
			}
		}
		return arabicSections ? Layout.ARABIC_SECTIONS : Layout.ITEMS_ONLY;
	}

	/** 0 for a section, 1 for an item, 2 for a sub-item, 3 for a deeper heading kept as a line, -1 for no heading. */
	private int level(Heading heading) {
		if (heading == null) {
			return -1;
		}
		return switch (heading.type()) {
			case ROMAN -> 0;
			case LETTER -> item == null ? 1 : 2;
			case NUMBER -> Math.min(3, layout == Layout.ARABIC_SECTIONS ? heading.depth() - 1 : heading.depth());
		};
	}

	private void read(String line) {
		if (Lines.startsWithWords(line, "tren day la")) {
			closing.add(line);
			return;
		}
		Heading heading = Lines.heading(line);
		switch (level(heading)) {
			case 0 -> {
				section = new SectionDraft(heading.label(), heading.title(), false);
				sections.add(section);
				item = null;
				subItem = null;
			}
			case 1 -> {
				item = new ItemDraft(heading.label(), heading.title(), false);
				currentSection().items.add(item);
				subItem = null;
			}
			case 2 -> {
				if (item == null) {
					item = new ItemDraft(heading.label(), heading.title(), true);
					currentSection().items.add(item);
					return;
				}
				boolean fits = heading.type() == Heading.Type.LETTER || heading.label().startsWith(item.label + ".");
				subItem = new ItemDraft(heading.label(), heading.title(), !fits);
				item.subItems.add(subItem);
			}
			default -> addLine(line);
		}
	}

	private void addLine(String line) {
		ItemDraft target = subItem != null ? subItem : item;
		if (target != null) {
			target.add(line);
		}
		else {
			currentSection().addText(line);
		}
	}

	private SectionDraft currentSection() {
		if (section == null) {
			section = new SectionDraft(null, null, true);
			sections.add(section);
		}
		return section;
	}

}
