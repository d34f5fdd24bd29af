package vn.doanket.activities;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;

/** The configurable list of festivals recorded per residential area (administrators add and retire them). */
@Service
@Transactional
public class FestivalTypes {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final AuditLog audit;

	FestivalTypes(JdbcClient jdbc, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<FestivalType> all() {
		access.requireUser();
		return jdbc.sql("select id, code, name, usual_time, active from festival_type order by sort_order, name").query(FestivalType.class).list();
	}

	public FestivalType add(String code, String name, String usualTime) {
		access.require(Capability.MANAGE_USERS);
		String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		new Checks().requireText(code, "code", 24)
			.requireText(name, "name", 200)
			.require(normalised.isEmpty() || normalised.matches("[A-Z0-9_]+"), "code", "error.memberOrg.code")
			.require(normalised.isEmpty() || jdbc.sql("select count(*) from festival_type where code = :c").param("c", normalised)
				.query(Long.class).single() == 0, "code", "error.festival.codeExists", normalised)
			.throwIfAny();
		long id = jdbc.sql("""
				insert into festival_type (code, name, usual_time, sort_order)
				values (:c, :n, :t, (select coalesce(max(sort_order), 0) + 10 from festival_type)) returning id""")
			.param("c", normalised)
			.param("n", name.trim())
			.param("t", usualTime == null || usualTime.isBlank() ? null : usualTime.trim())
			.query(Long.class)
			.single();
		FestivalType created = find(id);
		audit.record("festival_type", id, "create", null, created);
		return created;
	}

	public void setActive(long id, boolean active) {
		access.require(Capability.MANAGE_USERS);
		FestivalType before = find(id);
		jdbc.sql("update festival_type set active = :a where id = :id").param("a", active).param("id", id).update();
		audit.record("festival_type", id, active ? "activate" : "retire", before, find(id));
	}

	private FestivalType find(long id) {
		return jdbc.sql("select id, code, name, usual_time, active from festival_type where id = :id")
			.param("id", id)
			.query(FestivalType.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.festival.notFound", id));
	}

}
