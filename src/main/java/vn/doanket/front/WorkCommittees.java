package vn.doanket.front;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.NotFoundException;

/** The Front work committee (Ban công tác Mặt trận) of a residential area: its head and members. */
@Service
@Transactional
public class WorkCommittees {

	private final JdbcClient jdbc;

	private final ResidentialAreas areas;

	private final AccessPolicy access;

	private final AuditLog audit;

	WorkCommittees(JdbcClient jdbc, ResidentialAreas areas, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<StandingMember> members(long areaId) {
		areas.get(areaId);
		return jdbc.sql("""
				select id, area_id as owner_id, full_name, position, phone, sort_order
				from work_committee_member where area_id = :a order by sort_order, id""")
			.param("a", areaId)
			.query(StandingMember.class)
			.list();
	}

	public StandingMember add(long areaId, PersonInput person) {
		ResidentialArea area = areas.get(areaId);
		access.require(Capability.MANAGE_AREAS, area.communeId());
		person.check().throwIfAny();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into work_committee_member (area_id, full_name, position, phone, sort_order)
				values (:a, :n, :p, :ph, (select count(*) + 1 from work_committee_member where area_id = :a))""")
			.param("a", areaId)
			.param("n", person.fullName().trim())
			.param("p", person.position().trim())
			.param("ph", person.phoneOrNull())
			.update(keys, "id");
		StandingMember created = find(keys.getKey().longValue());
		audit.record("work_committee_member", created.id(), "create", null, created);
		return created;
	}

	public void remove(long memberId) {
		StandingMember member = find(memberId);
		ResidentialArea area = areas.get(member.ownerId());
		access.require(Capability.MANAGE_AREAS, area.communeId());
		jdbc.sql("delete from work_committee_member where id = :id").param("id", memberId).update();
		audit.record("work_committee_member", memberId, "delete", member, null);
	}

	private StandingMember find(long id) {
		return jdbc.sql("select id, area_id as owner_id, full_name, position, phone, sort_order from work_committee_member where id = :id")
			.param("id", id)
			.query(StandingMember.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.member.notFound", id));
	}

}
