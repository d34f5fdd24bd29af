package vn.doanket.front;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FrontCommitteeRepository {

	private final JdbcClient jdbc;

	FrontCommitteeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FrontCommittee> findByUnit(long unitId) {
		return jdbc.sql("select id, unit_id, name, address, phone, email from front_committee where unit_id = :u")
			.param("u", unitId)
			.query(FrontCommittee.class)
			.optional();
	}

	Optional<FrontCommittee> findById(long id) {
		return jdbc.sql("select id, unit_id, name, address, phone, email from front_committee where id = :id")
			.param("id", id)
			.query(FrontCommittee.class)
			.optional();
	}

	/** Committees of the units directly below {@code parentUnitId}. */
	List<FrontCommittee> findChildren(long parentUnitId) {
		return jdbc.sql("""
				select c.id, c.unit_id, c.name, c.address, c.phone, c.email
				from front_committee c join unit u on u.id = c.unit_id where u.parent_id = :p order by u.code""")
			.param("p", parentUnitId)
			.query(FrontCommittee.class)
			.list();
	}

	long insert(long unitId, String name) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into front_committee (unit_id, name) values (:u, :n) on conflict (unit_id) do nothing")
			.param("u", unitId)
			.param("n", name)
			.update(keys, "id");
		return keys.getKey() == null ? findByUnit(unitId).orElseThrow().id() : keys.getKey().longValue();
	}

	void updateContact(long id, String address, String phone, String email) {
		jdbc.sql("update front_committee set address = :a, phone = :p, email = :e where id = :id")
			.param("a", address)
			.param("p", phone)
			.param("e", email)
			.param("id", id)
			.update();
	}

	List<StandingMember> members(long committeeId) {
		return jdbc.sql("""
				select id, committee_id as owner_id, full_name, position, phone, sort_order
				from standing_member where committee_id = :c order by sort_order, id""")
			.param("c", committeeId)
			.query(StandingMember.class)
			.list();
	}

	Optional<StandingMember> member(long id) {
		return jdbc.sql("select id, committee_id as owner_id, full_name, position, phone, sort_order from standing_member where id = :id")
			.param("id", id)
			.query(StandingMember.class)
			.optional();
	}

	long addMember(long committeeId, PersonInput person, int sortOrder) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into standing_member (committee_id, full_name, position, phone, sort_order) values (:c, :n, :p, :ph, :s)")
			.param("c", committeeId)
			.param("n", person.fullName().trim())
			.param("p", person.position().trim())
			.param("ph", person.phoneOrNull())
			.param("s", sortOrder)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void removeMember(long id) {
		jdbc.sql("delete from standing_member where id = :id").param("id", id).update();
	}

	List<MemberOrganization> memberOrganizations(boolean activeOnly) {
		return jdbc.sql("select id, code, name, short_name, political_social, sort_order, active from member_organization"
				+ (activeOnly ? " where active" : "") + " order by sort_order, name")
			.query(MemberOrganization.class)
			.list();
	}

	Optional<MemberOrganization> memberOrganization(long id) {
		return jdbc.sql("select id, code, name, short_name, political_social, sort_order, active from member_organization where id = :id")
			.param("id", id)
			.query(MemberOrganization.class)
			.optional();
	}

	long insertMemberOrganization(String code, String name, String shortName, boolean politicalSocial) {
		return jdbc.sql("insert into member_organization (code, name, short_name, political_social, sort_order) "
				+ "values (:c, :n, :s, :p, (select coalesce(max(sort_order), 0) + 10 from member_organization)) returning id")
			.param("c", code)
			.param("n", name)
			.param("s", shortName)
			.param("p", politicalSocial)
			.query(Long.class)
			.single();
	}

	boolean memberOrganizationCodeExists(String code) {
		return jdbc.sql("select count(*) from member_organization where upper(code) = upper(:c)").param("c", code).query(Long.class).single() > 0;
	}

	void setMemberOrganizationActive(long id, boolean active) {
		jdbc.sql("update member_organization set active = :a where id = :id").param("a", active).param("id", id).update();
	}

	List<Long> memberOrgIdsOf(long committeeId) {
		return jdbc.sql("select member_org_id from committee_member_org where committee_id = :c")
			.param("c", committeeId)
			.query(Long.class)
			.list();
	}

	void setMemberOrgs(long committeeId, List<Long> orgIds) {
		jdbc.sql("delete from committee_member_org where committee_id = :c").param("c", committeeId).update();
		for (Long orgId : orgIds) {
			jdbc.sql("insert into committee_member_org (committee_id, member_org_id) values (:c, :o)")
				.param("c", committeeId)
				.param("o", orgId)
				.update();
		}
	}

}
