package vn.doanket.budget;

import java.time.Instant;

import vn.doanket.units.UnitLevel;

/** The budget estimate (dự toán) of one Front committee for one year. */
public record Estimate(long id, long unitId, String unitCode, String unitName, UnitLevel level, int year, Status status,
		String createdBy, String approvedBy, Instant approvedAt) {

	/** A draft is edited freely; an approved estimate changes only by an adjustment with its reason. */
	public enum Status {

		DRAFT, APPROVED

	}

	public boolean approved() {
		return status == Status.APPROVED;
	}

}
