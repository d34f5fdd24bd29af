package vn.doanket.accounts;

import java.util.Map;

/** The member organisations a user can be attached to (provided by the front module), id to name. */
public interface MemberOrganizationNames {

	Map<Long, String> all();

}
