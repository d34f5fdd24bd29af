package vn.doanket.reporting;

import java.time.Instant;

/**
 * A unit's report was approved by the level above: its values are locked and count as final (for the year's review,
 * emulation scoring and the like). Published in the approving transaction.
 *
 * @param formCode the report form, e.g. {@code KQ_CVD}
 * @param unitId the unit whose report was approved
 * @param unitCode its code
 * @param period the period identifier, e.g. {@code 2023} or {@code 2023Q1}
 * @param approvedBy the approving user's name
 * @param approvedAt when
 */
public record ReportApproved(String formCode, long unitId, String unitCode, String period, String approvedBy, Instant approvedAt) {
}
