package vn.doanket.plans.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * The heading block of a plan as laid down by Decree 30/2020: parent body ("ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"),
 * issuing body ("BAN THƯỜNG TRỰC"), number and symbol ("163/KH-MTTQ-BTT"), place and date, document type ("KẾ HOẠCH")
 * and the summary lines under it. Fields not found are {@code null}. {@code sourceLines} are the header lines as
 * written; {@code unplaced} the pieces that fit no field.
 */
public record PlanHeader(String parentBody, String issuingBody, String documentNumber, String place,
		LocalDate issuedOn, String documentType, String title, List<String> summary, Integer campaignYear,
		List<String> sourceLines, List<String> unplaced, boolean needsReview) {

	static PlanHeader empty() {
		return new PlanHeader(null, null, null, null, null, null, null, List.of(), null, List.of(), List.of(), false);
	}

}
