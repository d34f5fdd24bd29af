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
	READ_AUDIT

}
