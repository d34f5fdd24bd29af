package vn.doanket.activities;

import java.time.LocalDate;

/** An activity was recorded; the plans module shows it on the plan item, reporting counts sessions and participants. */
public record ActivityRecorded(long activityId, long unitId, ActivityKind kind, Long planItemId, LocalDate heldOn, int sessions,
		int participants) {
}
