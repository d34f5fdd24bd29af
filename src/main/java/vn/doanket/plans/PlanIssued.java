package vn.doanket.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan was issued ("ban hành") and delivered to its recipients' inboxes.
 *
 * @param planId the plan
 * @param issuerUnitId the unit whose Front committee issued it
 * @param number the number and symbol, e.g. "05/KH-MTTQ-BTT"
 * @param issuedOn the date of the plan
 * @param campaignYear the year it is for
 * @param parentPlanId the upper plan it was derived from, or {@code null}
 * @param previousVersionId the version it replaces, or {@code null}
 * @param recipientUnitIds the units it was delivered to
 */
public record PlanIssued(long planId, long issuerUnitId, String number, LocalDate issuedOn, int campaignYear,
		Long parentPlanId, Long previousVersionId, List<Long> recipientUnitIds) {
}
