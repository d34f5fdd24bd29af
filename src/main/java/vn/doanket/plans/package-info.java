/**
 * Campaign plans: a plan (Kế hoạch) issued by a Front committee, its items with their timeframes and responsible
 * parties, cascading to lower levels. The sub-package {@code importing} turns an uploaded plan (Word or text) into a
 * proposed structure that the user confirms before anything is saved. Public API so far: {@link vn.doanket.plans.Timeframe},
 * {@link vn.doanket.plans.TimeframeParser}, {@link vn.doanket.plans.ActivityKind} and the proposal records of
 * {@code vn.doanket.plans.importing}.
 */
package vn.doanket.plans;
