package vn.doanket.activities;

import java.util.Optional;

/**
 * What the activities module needs to know of a plan item an activity fulfils; implemented by the plans module (which
 * depends on this one, not the reverse). Without an implementation no plan item can be linked.
 */
public interface PlanItemDirectory {

	Optional<PlanItemRef> find(long planItemId);

	/** A plan item: its plan's campaign year and issuing unit, and its title. */
	record PlanItemRef(long planItemId, long planId, int year, long issuerUnitId, String title) {
	}

}
