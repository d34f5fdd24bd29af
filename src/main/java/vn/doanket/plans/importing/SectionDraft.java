package vn.doanket.plans.importing;

import java.util.ArrayList;
import java.util.List;

import vn.doanket.plans.importing.ProposedSection.Kind;

/** A section being read: its heading, loose lines and items. */
final class SectionDraft {

	final String label;

	final String title;

	final Kind kind;

	final List<String> text = new ArrayList<>();

	final List<ItemDraft> items = new ArrayList<>();

	private boolean doubtful;

	SectionDraft(String label, String title, boolean doubtful) {
		this.label = label;
		this.title = title;
		this.kind = kind(title);
		this.doubtful = doubtful;
	}

	/** The kind of section its title names ("MỤC ĐÍCH - YÊU CẦU", "NỘI DUNG", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"). */
	static Kind kind(String title) {
		String folded = title == null ? "" : Lines.fold(title).replaceAll("[^a-z ]+", " ").strip();
		if (folded.startsWith("muc dich") || folded.startsWith("yeu cau") || folded.startsWith("muc tieu")) {
			return Kind.PURPOSE;
		}
		if (folded.startsWith("noi dung") || folded.startsWith("nhiem vu") || folded.startsWith("cac hoat dong")
				|| folded.startsWith("hoat dong")) {
			return Kind.CONTENTS;
		}
		if (folded.startsWith("kinh phi") || folded.startsWith("nguon kinh phi")) {
			return Kind.FUNDING;
		}
		if (folded.startsWith("to chuc thuc hien") || folded.startsWith("phan cong") || folded.startsWith("trach nhiem")) {
			return Kind.ORGANISATION;
		}
		return Kind.OTHER;
	}

	/**
	 * A line that belongs to the section but to none of its items, kept without its bullet; in a contents or
	 * organisation section it needs review.
	 */
	void addText(String line) {
		String unbulleted = Lines.unbulleted(line);
		text.add(unbulleted.isEmpty() ? line : unbulleted);
		if (kind == Kind.CONTENTS || kind == Kind.ORGANISATION) {
			doubtful = true;
		}
	}

	void markDoubtful() {
		doubtful = true;
	}

	ProposedSection build(int year, Integer issuerLevel) {
		if (kind == Kind.ORGANISATION) {
			List<ResponsibleParty> parties = items.stream().map(item -> PartyParser.party(item, issuerLevel)).toList();
			return new ProposedSection(label, title, kind, List.copyOf(text), List.of(), parties, doubtful);
		}
		boolean activities = kind == Kind.CONTENTS || kind == Kind.OTHER;
		List<ProposedItem> built = items.stream().map(item -> item.build(year, activities, null)).toList();
		return new ProposedSection(label, title, kind, List.copyOf(text), built, List.of(), doubtful);
	}

}
