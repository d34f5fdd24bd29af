package vn.doanket.plans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.Units;

/**
 * Who may read or change a plan, judged through {@link AccessPolicy}: the issuer's scope manages it (MANAGE_PLANS) and
 * reads it; once issued, it is also read by the units below the issuer and by the units it was delivered to.
 */
@Component
class PlanAccess {

	private final AccessPolicy access;

	private final Units units;

	private final PlanReader reader;

	private final JdbcClient jdbc;

	PlanAccess(AccessPolicy access, Units units, PlanReader reader, JdbcClient jdbc) {
		this.access = access;
		this.units = units;
		this.reader = reader;
		this.jdbc = jdbc;
	}

	PlanReader.PlanHead head(long planId) {
		return reader.head(planId).orElseThrow(() -> new NotFoundException("error.plan.notFound", planId));
	}

	PlanReader.PlanHead requireRead(long planId) {
		PlanReader.PlanHead head = head(planId);
		if (!canRead(head)) {
			throw new AccessDeniedException("READ plan " + planId);
		}
		return head;
	}

	PlanReader.PlanHead requireManage(long planId) {
		PlanReader.PlanHead head = head(planId);
		access.require(Capability.MANAGE_PLANS, head.issuerUnitId());
		return head;
	}

	boolean canManage(PlanReader.PlanHead head) {
		return access.can(Capability.MANAGE_PLANS, head.issuerUnitId());
	}

	boolean canRead(PlanReader.PlanHead head) {
		if (access.can(Capability.READ, head.issuerUnitId())) {
			return true;
		}
		CurrentUser user = access.current().orElse(null);
		if (!head.issued() || user == null || user.scopeUnitId() == null || !access.can(Capability.READ, user.scopeUnitId())) {
			return false;
		}
		if (units.isCoveredBy(user.scopeUnitId(), head.issuerUnitId())) {
			return true;
		}
		return jdbc.sql("select unit_id from plan_inbox where plan_id = :p")
			.param("p", head.id())
			.query(Long.class)
			.list()
			.stream()
			.anyMatch(unitId -> access.inScope(user, unitId));
	}

}
