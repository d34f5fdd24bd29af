package vn.doanket.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation (kiến nghị) of an inspection to an owner unit, with its follow-up: the owner's response and
 * evidence, whether the owner reports it done, who closed it, and the history of every status change.
 *
 * @param overdue the deadline has passed and it is not closed
 */
public record Recommendation(long id, long inspectionId, String inspectionTitle, long inspectorUnitId, String text,
		long ownerUnitId, String ownerUnitName, LocalDate deadline, RecommendationStatus status, boolean doneReported,
		String response, String respondedBy, Instant respondedAt, String evidenceName, String closedBy, Instant closedAt,
		String closingNote, boolean overdue, List<Event> history) {

	public boolean hasEvidence() {
		return evidenceName != null;
	}

	/** Whether the owner has responded since it was given or last reopened (which lets the owner close it). */
	public boolean respondedSinceReopened() {
		return status == RecommendationStatus.IN_PROGRESS && response != null;
	}

	Recommendation withHistory(List<Event> events) {
		return new Recommendation(id, inspectionId, inspectionTitle, inspectorUnitId, text, ownerUnitId, ownerUnitName, deadline, status,
				doneReported, response, respondedBy, respondedAt, evidenceName, closedBy, closedAt, closingNote, overdue, List.copyOf(events));
	}

	/** What happened to a recommendation: the action, the status it left, the text given, who and when. */
	public record Event(Action action, RecommendationStatus status, String note, String actor, Instant at) {
	}

	/** The kinds of change kept in the history. */
	public enum Action {

		CREATED, EDITED, RESPONDED, CLOSED, REOPENED

	}

}
