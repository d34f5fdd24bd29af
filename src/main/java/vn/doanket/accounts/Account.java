package vn.doanket.accounts;

import java.time.Instant;

/** A stored user account. */
record Account(long id, String username, String fullName, String passwordHash, Role role, Long scopeUnitId,
		Long memberOrgId, boolean enabled, int failedAttempts, Instant lockedUntil) {

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, fullName, role, scopeUnitId, memberOrgId);
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
