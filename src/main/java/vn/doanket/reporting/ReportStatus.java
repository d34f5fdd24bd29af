package vn.doanket.reporting;

/** Where a report of one unit for one form and period stands. Submitted and approved reports are locked. */
public enum ReportStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	public boolean locked() {
		return this == SUBMITTED || this == APPROVED;
	}

	public String messageKey() {
		return "report.status." + name();
	}

}
