package vn.doanket.accounts;

import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;
import vn.doanket.units.Units;

/** An account as an administrator enters it. */
record UserInput(String username, String fullName, String password, Role role, Long scopeUnitId, Long memberOrgId) {

	Checks check(Units units) {
		Checks checks = new Checks().requireText(fullName, "fullName", 120);
		if (role == null) {
			checks.add(Problem.field("role", "error.required"));
		}
		else if (role != Role.ADMIN && scopeUnitId == null) {
			checks.add(Problem.field("scopeUnit", "error.user.scopeRequired"));
		}
		if (scopeUnitId != null && units.byId(scopeUnitId).isEmpty()) {
			checks.add(Problem.field("scopeUnit", "error.unit.notFoundId", scopeUnitId));
		}
		if (role == Role.MEMBER_ORG_OFFICER && memberOrgId == null) {
			checks.add(Problem.field("memberOrg", "error.user.memberOrgRequired"));
		}
		return checks;
	}

}
