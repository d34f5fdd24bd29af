package vn.doanket.reporting;

import vn.doanket.front.ResidentialArea;
import vn.doanket.units.AdminUnit;

/**
 * One report: a form filled in by a unit for a period; with an {@code area}, the report of that residential area of
 * the commune {@code unit} (entered by the commune's officers, locked together with the commune's report).
 */
record ReportTarget(ReportForm form, AdminUnit unit, Period period, ResidentialArea area) {

	ReportTarget(ReportForm form, AdminUnit unit, Period period) {
		this(form, unit, period, null);
	}

	long areaId() {
		return area == null ? 0 : area.id();
	}

	String describe() {
		return (area == null ? unit.name() : area.name() + ", " + unit.name()) + " — " + period.id();
	}

}
