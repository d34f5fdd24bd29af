package vn.doanket.reporting;

import java.util.List;

import vn.doanket.units.AdminUnit;

/**
 * A report as shown for entry: the form, unit, period and workflow state, one line per indicator (or per indicator and
 * member organisation) with the stored value as typed, and whether the user may write.
 */
public record ReportView(ReportForm form, AdminUnit unit, Period period, Submission submission, List<Line> lines,
		boolean editable, boolean canApprove) {

	/** One input on the form. */
	public record Line(String section, Indicator indicator, boolean required, String memberOrgCode, String memberOrgName,
			String value) {

		/** A stable HTML id and form-field name. */
		public String inputName() {
			return memberOrgCode == null ? indicator.code() : indicator.code() + "__" + memberOrgCode;
		}

	}

}
