package vn.doanket.accounts;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.doanket.units.Units;

/**
 * The one place where access to campaign data is judged. A user may act on data about unit X when the role has the
 * capability and X lies in the user's scope unit's subtree, or X's successors through the official 2025 mapping do
 * (so 2023 accounts keep working on 2023 data, and a 2025 province also covers its former provinces' history).
 * Units themselves are national reference data, readable by every signed-in user.
 */
@Component
public class AccessPolicy {

	private final Units units;

	AccessPolicy(Units units) {
		this.units = units;
	}

	/** The signed-in user, if any. */
	public Optional<CurrentUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountUserDetails details) {
			return Optional.of(details.user());
		}
		return Optional.empty();
	}

	public CurrentUser requireUser() {
		return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	public boolean can(Capability capability, long unitId) {
		return current().map(user -> allows(user, capability, unitId)).orElse(false);
	}

	public void require(Capability capability, long unitId) {
		if (!can(capability, unitId)) {
			throw new AccessDeniedException(capability + " on unit " + unitId);
		}
	}

	/** A capability that is not about one unit (managing users, reading the audit log). */
	public void require(Capability capability) {
		if (!current().map(user -> user.role().can(capability)).orElse(false)) {
			throw new AccessDeniedException(capability.name());
		}
	}

	/** A capability over national reference data (the indicator catalog, report forms): only users without a scope unit. */
	public void requireNational(Capability capability) {
		if (!canNationally(capability)) {
			throw new AccessDeniedException(capability.name() + " nationally");
		}
	}

	public boolean canNationally(Capability capability) {
		return current().map(user -> user.role().can(capability) && user.nationalScope()).orElse(false);
	}

	/** Whether data about {@code unitId} falls in the user's scope (whatever the role may do with it). */
	public boolean inScope(CurrentUser user, long unitId) {
		return user.nationalScope() || units.isCoveredBy(unitId, user.scopeUnitId());
	}

	boolean allows(CurrentUser user, Capability capability, long unitId) {
		return user.role().can(capability) && inScope(user, unitId);
	}

}
