package vn.doanket.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private static final String COLUMNS = "id, username, full_name, password_hash, role, scope_unit_id, member_org_id, enabled, failed_attempts, locked_until";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = :u")
			.param("u", username)
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id).query(AccountRepository::map).optional();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	List<Account> search(String query, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " from app_user where fold(username || ' ' || full_name) like '%' || fold(:q) || '%'"
				+ " order by username offset :o limit :l")
			.param("q", query)
			.param("o", offset)
			.param("l", limit)
			.query(AccountRepository::map)
			.list();
	}

	long countSearch(String query) {
		return jdbc.sql("select count(*) from app_user where fold(username || ' ' || full_name) like '%' || fold(:q) || '%'")
			.param("q", query)
			.query(Long.class)
			.single();
	}

	long insert(String username, String fullName, String passwordHash, Role role, Long scopeUnitId, Long memberOrgId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, full_name, password_hash, role, scope_unit_id, member_org_id, password_changed_at)
				values (:u, :n, :h, :r, :s, :m, now())""")
			.param("u", username)
			.param("n", fullName)
			.param("h", passwordHash)
			.param("r", role.name())
			.param("s", scopeUnitId)
			.param("m", memberOrgId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long id, String fullName, Role role, Long scopeUnitId, Long memberOrgId, boolean enabled) {
		jdbc.sql("update app_user set full_name = :n, role = :r, scope_unit_id = :s, member_org_id = :m, enabled = :e where id = :id")
			.param("n", fullName)
			.param("r", role.name())
			.param("s", scopeUnitId)
			.param("m", memberOrgId)
			.param("e", enabled)
			.param("id", id)
			.update();
	}

	void updatePassword(long id, String hash) {
		jdbc.sql("update app_user set password_hash = :h, password_changed_at = now(), failed_attempts = 0, locked_until = null where id = :id")
			.param("h", hash)
			.param("id", id)
			.update();
	}

	/** Counts a failed login; at {@code maxAttempts} the account is locked until {@code lockUntil}. */
	void recordFailure(String username, int maxAttempts, Instant lockUntil) {
		jdbc.sql("""
				update app_user set failed_attempts = failed_attempts + 1,
				    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				where username = :u""")
			.param("max", maxAttempts)
			.param("until", Timestamp.from(lockUntil))
			.param("u", username)
			.update();
	}

	void recordSuccess(String username) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = :u and (failed_attempts > 0 or locked_until is not null)")
			.param("u", username)
			.update();
	}

	void unlock(long id) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id").param("id", id).update();
	}

	private static Account map(ResultSet rs, int n) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), (Long) rs.getObject("scope_unit_id"), (Long) rs.getObject("member_org_id"),
				rs.getBoolean("enabled"), rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant());
	}

}
