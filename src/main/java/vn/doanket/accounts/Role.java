package vn.doanket.accounts;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the system and what each may do. */
public enum Role {

	ADMIN(EnumSet.allOf(Capability.class)),
	STANDING_OFFICER(EnumSet.of(Capability.READ, Capability.MANAGE_AREAS, Capability.MANAGE_FRONT)),
	MEMBER_ORG_OFFICER(EnumSet.of(Capability.READ)),
	AREA_HEAD(EnumSet.of(Capability.READ, Capability.MANAGE_AREAS)),
	FUND_ACCOUNTANT(EnumSet.of(Capability.READ)),
	INSPECTOR(EnumSet.of(Capability.READ)),
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
