package vn.doanket.accounts;

/**
 * Who is calling: the role, the scope unit (null for a national administrator) and, for a member-organisation
 * officer, the organisation.
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long scopeUnitId, Long memberOrgId) {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public boolean nationalScope() {
		return scopeUnitId == null;
	}

}
