package vn.doanket.accounts;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the system and what each may do. */
public enum Role {

	ADMIN(EnumSet.allOf(Capability.class)),
	STANDING_OFFICER(EnumSet.of(Capability.READ, Capability.MANAGE_AREAS, Capability.MANAGE_FRONT, Capability.MANAGE_PLANS,
			Capability.REPORT_PROGRESS, Capability.ENTER_DATA, Capability.APPROVE_DATA, Capability.MANAGE_INDICATORS,
			Capability.RECORD_ACTIVITIES, Capability.READ_FUND, Capability.APPROVE_FUND, Capability.INSPECT)),
	MEMBER_ORG_OFFICER(EnumSet.of(Capability.READ, Capability.REPORT_PROGRESS, Capability.ENTER_DATA,
			Capability.RECORD_ACTIVITIES)),
	AREA_HEAD(EnumSet.of(Capability.READ, Capability.MANAGE_AREAS, Capability.REPORT_PROGRESS, Capability.ENTER_DATA,
			Capability.RECORD_ACTIVITIES)),
	FUND_ACCOUNTANT(EnumSet.of(Capability.READ, Capability.READ_FUND, Capability.KEEP_FUND)),
	INSPECTOR(EnumSet.of(Capability.READ, Capability.READ_FUND, Capability.INSPECT)),
	VIEWER(EnumSet.of(Capability.READ));

	private final Set<Capability> capabilities;

	Role(Set<Capability> capabilities) {
		this.capabilities = capabilities;
	}

	public boolean can(Capability capability) {
		return capabilities.contains(capability);
	}

	public String messageKey() {
		return "role." + name();
	}

	public static Role parse(String value) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return role;
			}
		}
		return null;
	}

}
