package vn.doanket.reporting;

import java.time.Instant;

/** The state of one unit's report for a form and period; {@code DRAFT} with no dates when never submitted. */
public record Submission(long formId, long unitId, String period, ReportStatus status, String comment, Instant submittedAt,
		String submittedBy, Instant decidedAt, String decidedBy) {

	static Submission draft(long formId, long unitId, String period) {
		return new Submission(formId, unitId, period, ReportStatus.DRAFT, null, null, null, null, null);
	}

}
