package vn.doanket.inspections;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recommendation (kiến nghị) of an inspection to an owner unit, with its follow-up: the owner's response and
 * evidence, whether the owner reports it done, and who closed it.
 *
 * @param overdue the deadline has passed and it is not closed
 */
public record Recommendation(long id, long inspectionId, String inspectionTitle, long inspectorUnitId, String text,
		long ownerUnitId, String ownerUnitName, LocalDate deadline, RecommendationStatus status, boolean doneReported,
		String response, String respondedBy, Instant respondedAt, String evidenceName, String closedBy, Instant closedAt,
		String closingNote, boolean overdue) {

	public boolean hasEvidence() {
		return evidenceName != null;
	}

}
