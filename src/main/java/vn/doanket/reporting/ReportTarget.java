package vn.doanket.reporting;

import vn.doanket.units.AdminUnit;

/** One report: a form filled in by a unit for a period. */
record ReportTarget(ReportForm form, AdminUnit unit, Period period) {

	String describe() {
		return unit.name() + " — " + period.id();
	}

}
