package vn.doanket.reporting;

import java.util.List;

import vn.doanket.front.ResidentialArea;
import vn.doanket.units.AdminUnit;

/**
 * A report as shown for entry: the form, unit, period and workflow state, one line per indicator (or per indicator and
 * member organisation) with the stored value as typed, and whether the user may write. With an {@code area}, the
 * report of that residential area of the commune (it follows the commune's report: locked and approved with it);
 * {@code areas} lists the commune's residential areas when the form is filled in per area.
 */
public record ReportView(ReportForm form, AdminUnit unit, Period period, Submission submission, List<Line> lines,
		boolean editable, boolean canApprove, ResidentialArea area, List<ResidentialArea> areas) {

	/** One input on the form. */
	public record Line(String section, Indicator indicator, boolean required, String memberOrgCode, String memberOrgName,
			String value) {

		/** A stable HTML id and form-field name. */
		public String inputName() {
			return memberOrgCode == null ? indicator.code() : indicator.code() + "__" + memberOrgCode;
		}

	}

}
