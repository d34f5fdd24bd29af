package vn.doanket.plans.importing;

import java.util.List;

/**
 * The structure proposed for an uploaded plan, for the user to confirm or correct. Every non-blank line of the upload
 * is somewhere in it: as a parsed element (which keeps its wording) or as free text of the header or of the nearest
 * section, flagged {@code needsReview}. {@code year} is the year the plan is for, used for timeframes without one.
 */
public record ProposedPlan(PlanHeader header, List<LegalBasis> legalBases, List<String> introduction,
		List<ProposedSection> sections, List<String> closing, Signature signature, List<Recipient> recipients, int year,
		boolean needsReview) {

	/** The first section of that kind, or {@code null}. */
	public ProposedSection section(ProposedSection.Kind kind) {
		return sections.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
	}

}
