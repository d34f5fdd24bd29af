/**
 * Campaign plans: a plan (Kế hoạch) issued by a Front committee, its items with their timeframes and responsible
 * parties, issuing and delivery to the recipients' inboxes, the cascade to lower committees, progress with evidence
 * files, and the Decree 30 Word/PDF export. The sub-package {@code importing} turns an uploaded plan (Word or text)
 * into a proposed structure that the user confirms before anything is saved. Public API: the event
 * {@link vn.doanket.plans.PlanIssued}, {@link vn.doanket.plans.Timeframe}, {@link vn.doanket.plans.TimeframeParser}
 * and {@link vn.doanket.plans.ActivityKind}.
 */
package vn.doanket.plans;
