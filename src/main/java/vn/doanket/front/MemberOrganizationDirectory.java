package vn.doanket.front;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.doanket.accounts.MemberOrganizationNames;

/** Gives the accounts module the names of the member organisations. */
@Component
class MemberOrganizationDirectory implements MemberOrganizationNames {

	private final FrontCommitteeRepository repository;

	MemberOrganizationDirectory(FrontCommitteeRepository repository) {
		this.repository = repository;
	}

	@Override
	public Map<Long, String> all() {
		Map<Long, String> names = new LinkedHashMap<>();
		repository.memberOrganizations(true).forEach(o -> names.put(o.id(), o.shortName()));
		return names;
	}

}
