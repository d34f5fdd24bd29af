package vn.doanket.front;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;

/** Front committees, their Standing Committee members and the member organisations sitting on them. */
@Service
@Transactional
public class FrontCommittees {

	private final FrontCommitteeRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	FrontCommittees(FrontCommitteeRepository repository, AccessPolicy access, AuditLog audit) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
	}

	/** "Ủy ban MTTQ Việt Nam tỉnh Kon Tum" for "Tỉnh Kon Tum". */
	public static String committeeName(AdminUnit unit) {
		String name = unit.name();
		return "Ủy ban MTTQ Việt Nam " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	@Transactional(readOnly = true)
	public Optional<FrontCommittee> of(AdminUnit unit) {
		access.require(Capability.READ, unit.id());
		return repository.findByUnit(unit.id());
	}

	@Transactional(readOnly = true)
	public List<FrontCommittee> below(AdminUnit unit) {
		access.require(Capability.READ, unit.id());
		return repository.findChildren(unit.id());
	}

	/** Creates the committee of a unit if it has none yet. */
	public FrontCommittee establish(AdminUnit unit) {
		access.require(Capability.MANAGE_FRONT, unit.id());
		Optional<FrontCommittee> existing = repository.findByUnit(unit.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = repository.insert(unit.id(), committeeName(unit));
		FrontCommittee created = repository.findById(id).orElseThrow();
		audit.record("front_committee", id, "create", null, created);
		return created;
	}

	public FrontCommittee updateContact(long committeeId, String address, String phone, String email) {
		FrontCommittee before = get(committeeId);
		access.require(Capability.MANAGE_FRONT, before.unitId());
		new vn.doanket.shared.Checks().require(address == null || address.length() <= 300, "address", "error.tooLong", 300)
			.require(phone == null || phone.length() <= 32, "phone", "error.tooLong", 32)
			.require(email == null || email.isBlank() || email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), "email", "error.email")
			.throwIfAny();
		repository.updateContact(committeeId, blankToNull(address), blankToNull(phone), blankToNull(email));
		FrontCommittee after = get(committeeId);
		audit.record("front_committee", committeeId, "update", before, after);
		return after;
	}

	@Transactional(readOnly = true)
	public FrontCommittee get(long committeeId) {
		FrontCommittee committee = repository.findById(committeeId)
			.orElseThrow(() -> new NotFoundException("error.committee.notFound", committeeId));
		access.require(Capability.READ, committee.unitId());
		return committee;
	}

	@Transactional(readOnly = true)
	public List<StandingMember> standingMembers(long committeeId) {
		get(committeeId);
		return repository.members(committeeId);
	}

	public StandingMember addStandingMember(long committeeId, PersonInput person) {
		FrontCommittee committee = get(committeeId);
		access.require(Capability.MANAGE_FRONT, committee.unitId());
		person.check().throwIfAny();
		int order = repository.members(committeeId).size() + 1;
		long id = repository.addMember(committeeId, person, order);
		StandingMember created = repository.member(id).orElseThrow();
		audit.record("standing_member", id, "create", null, created);
		return created;
	}

	public void removeStandingMember(long memberId) {
		StandingMember member = repository.member(memberId)
			.orElseThrow(() -> new NotFoundException("error.member.notFound", memberId));
		FrontCommittee committee = get(member.ownerId());
		access.require(Capability.MANAGE_FRONT, committee.unitId());
		repository.removeMember(memberId);
		audit.record("standing_member", memberId, "delete", member, null);
	}

	@Transactional(readOnly = true)
	public List<MemberOrganization> memberOrganizations() {
		return repository.memberOrganizations(true);
	}

	@Transactional(readOnly = true)
	public Optional<MemberOrganization> memberOrganization(long id) {
		return repository.memberOrganization(id);
	}

	@Transactional(readOnly = true)
	public List<Long> memberOrgIdsOf(long committeeId) {
		get(committeeId);
		return repository.memberOrgIdsOf(committeeId);
	}

	public void setMemberOrganizations(long committeeId, List<Long> orgIds) {
		FrontCommittee committee = get(committeeId);
		access.require(Capability.MANAGE_FRONT, committee.unitId());
		List<Long> known = repository.memberOrganizations(false).stream().map(MemberOrganization::id).toList();
		List<Long> ids = orgIds == null ? List.of() : orgIds.stream().distinct().toList();
		ids.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
			throw InvalidInputException.of("memberOrgs", "error.memberOrg.unknown", id);
		});
		List<Long> before = repository.memberOrgIdsOf(committeeId);
		repository.setMemberOrgs(committeeId, ids);
		audit.record("committee_member_org", committeeId, "update", before, ids);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
