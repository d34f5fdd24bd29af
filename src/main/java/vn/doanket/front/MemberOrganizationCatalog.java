package vn.doanket.front;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;

/** The configurable list of member organisations: administrators add organisations and retire them. */
@Service
@Transactional
public class MemberOrganizationCatalog {

	private final FrontCommitteeRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	MemberOrganizationCatalog(FrontCommitteeRepository repository, AccessPolicy access, AuditLog audit) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
	}

	/** Every organisation, retired ones included. */
	@Transactional(readOnly = true)
	public List<MemberOrganization> all() {
		access.requireUser();
		return repository.memberOrganizations(false);
	}

	public MemberOrganization add(String code, String name, String shortName, boolean politicalSocial) {
		access.require(Capability.MANAGE_USERS);
		Checks checks = new Checks().requireText(code, "code", 16).requireText(name, "name", 200).requireText(shortName, "shortName", 100);
		checks.require(code == null || code.isBlank() || code.trim().matches("[A-Za-z0-9_]+"), "code", "error.memberOrg.code");
		checks.require(code == null || code.isBlank() || !repository.memberOrganizationCodeExists(code.trim()), "code",
				"error.memberOrg.codeExists", code);
		checks.throwIfAny();
		long id = repository.insertMemberOrganization(code.trim().toUpperCase(java.util.Locale.ROOT), name.trim(), shortName.trim(),
				politicalSocial);
		MemberOrganization created = repository.memberOrganization(id).orElseThrow();
		audit.record("member_organization", id, "create", null, created);
		return created;
	}

	public void setActive(long id, boolean active) {
		access.require(Capability.MANAGE_USERS);
		MemberOrganization before = repository.memberOrganization(id)
			.orElseThrow(() -> new NotFoundException("error.memberOrg.notFound", id));
		repository.setMemberOrganizationActive(id, active);
		audit.record("member_organization", id, active ? "activate" : "retire", before, repository.memberOrganization(id).orElseThrow());
	}

}
