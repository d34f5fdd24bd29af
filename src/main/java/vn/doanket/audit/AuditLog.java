package vn.doanket.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.PageResult;

/**
 * Records writes in the same transaction as the write itself, so a rolled-back change leaves no trace and a committed
 * one always has its entry.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AuditLog(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param entityType what was written, e.g. {@code residential_area}
	 * @param entityId its id
	 * @param action {@code create}, {@code update}, {@code delete} or a domain verb
	 * @param before the state before (null for a creation)
	 * @param after the state after (null for a deletion)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, Object entityId, String action, Object before, Object after) {
		jdbc.sql("""
				insert into audit_event (username, entity_type, entity_id, action, before_data, after_data)
				values (:u, :t, :id, :a, cast(:b as jsonb), cast(:af as jsonb))""")
			.param("u", currentUsername())
			.param("t", entityType)
			.param("id", entityId == null ? null : String.valueOf(entityId))
			.param("a", action)
			.param("b", toJson(before))
			.param("af", toJson(after))
			.update();
	}

	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(AuditQuery query, int page, int size) {
		String where = """
				where (:q = '' or search_text like '%' || fold(:q) || '%')
				  and (:type = '' or entity_type = :type)
				  and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
				  and (cast(:to as timestamptz) is null or at < cast(:to as timestamptz))""";
		Map<String, Object> params = new HashMap<>();
		params.put("q", query.text());
		params.put("type", query.entityType());
		params.put("from", query.fromOrNull());
		params.put("to", query.toOrNull());
		var items = jdbc.sql("select id, at, username, entity_type, entity_id, action, before_data::text as b, after_data::text as a"
				+ " from audit_event " + where + " order by at desc, id desc offset :o limit :l")
			.params(params)
			.param("o", page * size)
			.param("l", size)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
					rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), rs.getString("b"),
					rs.getString("a")))
			.list();
		long total = jdbc.sql("select count(*) from audit_event " + where).params(params).query(Long.class).single();
		return new PageResult<>(items, total, page, size);
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private static String currentUsername() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

	/** One audit entry; {@code before} and {@code after} are JSON. */
	public record AuditEntry(long id, Instant at, String username, String entityType, String entityId, String action,
			String before, String after) {
	}

}
