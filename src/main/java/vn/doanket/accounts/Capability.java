package vn.doanket.accounts;

/** What a role may do; which units it may do it for is the user's scope. */
public enum Capability {

	/** Read campaign data inside the scope. */
	READ,
	/** Create and edit residential areas and their Front work committees. */
	MANAGE_AREAS,
	/** Edit Front committees, Standing Committee members, member organisations on a committee, clusters. */
	MANAGE_FRONT,
	/** Manage user accounts. */
	MANAGE_USERS,
	/** Read the audit log. */
	READ_AUDIT,
	/** Draft, edit, issue and derive plans of a committee. */
	MANAGE_PLANS,
	/** Report progress on the plan items a unit or organisation owns. */
	REPORT_PROGRESS,
	/** Enter and submit indicator values. */
	ENTER_DATA,
	/** Approve, return and unlock the reports of the level below. */
	APPROVE_DATA,
	/** Configure indicators, report forms and validation rules. */
	MANAGE_INDICATORS,
	/** Record activities, community models and festivals. */
	RECORD_ACTIVITIES,
	/** Read the books of a fund (beyond what the public sees). */
	READ_FUND,
	/** Record receipts and payments, import bank statements, close periods of a fund. */
	KEEP_FUND,
	/** Approve payments of a fund (never one's own proposal). */
	APPROVE_FUND,
	/** Plan and record inspections and supervision, and follow up recommendations. */
	INSPECT

}
