package vn.doanket.plans;

import java.time.LocalDate;

/** A plan in a list. */
record PlanSummary(long id, String number, String title, PlanData.PlanStatus status, long issuerUnitId,
		String issuerName, LocalDate issuedOn, int campaignYear, int version, Long parentPlanId, Long supersededBy) {
}
