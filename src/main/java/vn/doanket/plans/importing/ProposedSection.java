package vn.doanket.plans.importing;

import java.util.List;

/**
 * A section of the plan ("II. NỘI DUNG THỰC HIỆN."). {@code label} is the Roman numeral (or the number when the plan
 * has only Arabic headings; {@code null} for text that had no section). {@code text} holds the lines that belong to
 * the section but to none of its items. The organisation section lists its responsible parties instead of items.
 */
public record ProposedSection(String label, String title, Kind kind, List<String> text, List<ProposedItem> items,
		List<ResponsibleParty> responsibleParties, boolean needsReview) {

	public enum Kind {

		PURPOSE, CONTENTS, FUNDING, ORGANISATION, OTHER

	}

	/** The item with that label ("2.1" is found among the sub-items of "2"), or {@code null}. */
	public ProposedItem item(String label) {
		for (ProposedItem item : items) {
			if (item.label() != null && item.label().equals(label)) {
				return item;
			}
			for (ProposedItem sub : item.subItems()) {
				if (sub.label() != null && sub.label().equals(label)) {
					return sub;
				}
			}
		}
		return null;
	}

}
