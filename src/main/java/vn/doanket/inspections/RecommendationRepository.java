package vn.doanket.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecommendationRepository {

	private static final String SELECT = """
			select r.*, i.title as inspection_title, i.inspector_unit_id, u.name as owner_name,
			       (r.status <> 'CLOSED' and r.deadline < :today) as overdue
			from inspection_recommendation r join inspection i on i.id = r.inspection_id join unit u on u.id = r.owner_unit_id
			""";

	private final JdbcClient jdbc;

	RecommendationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Recommendation> ofInspection(long inspectionId, LocalDate today) {
		List<Recommendation> found = jdbc.sql(SELECT + " where r.inspection_id = :i order by r.id").param("i", inspectionId)
			.param("today", today)
			.query(RecommendationRepository::map)
			.list();
		Map<Long, List<Recommendation.Event>> history = new HashMap<>();
		jdbc.sql("""
				select e.* from inspection_recommendation_event e join inspection_recommendation r on r.id = e.recommendation_id
				where r.inspection_id = :i order by e.at, e.id""")
			.param("i", inspectionId)
			.query((rs, n) -> history.computeIfAbsent(rs.getLong("recommendation_id"), k -> new ArrayList<>()).add(event(rs)))
			.list();
		return found.stream().map(r -> r.withHistory(history.getOrDefault(r.id(), List.of()))).toList();
	}

	Optional<Recommendation> findById(long id, LocalDate today) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).param("today", today).query(RecommendationRepository::map).optional()
			.map(r -> r.withHistory(jdbc.sql("select * from inspection_recommendation_event where recommendation_id = :id order by at, id")
				.param("id", id)
				.query((rs, n) -> event(rs))
				.list()));
	}

	/** Keeps one change in the recommendation's history, with the status it left. */
	void addEvent(long id, Recommendation.Action action, String note, String user, Instant at) {
		jdbc.sql("""
				insert into inspection_recommendation_event (recommendation_id, action, status, note, actor, at)
				select id, :a, status, :n, :by, :at from inspection_recommendation where id = :id""")
			.param("a", action.name())
			.param("n", note)
			.param("by", user)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/** Overdue recommendations owned by, or given by, a unit of the subtree; a null path means everywhere. */
	List<Recommendation> overdueUnder(String path, LocalDate today, int limit) {
		return jdbc.sql(SELECT + """
				 join unit iu on iu.id = i.inspector_unit_id
				 where r.status <> 'CLOSED' and r.deadline < :today
				   and (cast(:prefix as text) is null or u.path like :prefix or iu.path like :prefix)
				 order by r.deadline, r.id limit :l""")
			.param("today", today)
			.param("prefix", path == null ? null : path + "%")
			.param("l", limit)
			.query(RecommendationRepository::map)
			.list();
	}

	long insert(long inspectionId, RecommendationInput input) {
		return jdbc.sql("""
				insert into inspection_recommendation (inspection_id, text, owner_unit_id, deadline)
				values (:i, :t, :o, :d) returning id""")
			.param("i", inspectionId)
			.param("t", input.text().strip())
			.param("o", input.ownerUnitId())
			.param("d", input.deadline())
			.query(Long.class)
			.single();
	}

	void update(long id, RecommendationInput input) {
		jdbc.sql("update inspection_recommendation set text = :t, owner_unit_id = :o, deadline = :d where id = :id")
			.param("t", input.text().strip())
			.param("o", input.ownerUnitId())
			.param("d", input.deadline())
			.param("id", id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from inspection_recommendation where id = :id").param("id", id).update();
	}

	void respond(long id, String response, boolean done, String user, Instant at) {
		jdbc.sql("""
				update inspection_recommendation set status = 'IN_PROGRESS', response = :r, done_reported = :done,
				    responded_by = :by, responded_at = :at where id = :id""")
			.param("r", response)
			.param("done", done)
			.param("by", user)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void attachEvidence(long id, String sha256, String kind, String name) {
		jdbc.sql("update inspection_recommendation set evidence_sha256 = :s, evidence_kind = :k, evidence_name = :n where id = :id")
			.param("s", sha256)
			.param("k", kind)
			.param("n", name)
			.param("id", id)
			.update();
	}

	Optional<String[]> evidence(long id) {
		return jdbc.sql("select evidence_sha256, evidence_kind, evidence_name from inspection_recommendation where id = :id and evidence_sha256 is not null")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
	}

	void close(long id, String note, String user, Instant at) {
		jdbc.sql("update inspection_recommendation set status = 'CLOSED', closing_note = :n, closed_by = :by, closed_at = :at where id = :id")
			.param("n", note)
			.param("by", user)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/** Back to OPEN, waiting for the owner's new response; the earlier closing stays in the history. */
	void reopen(long id) {
		jdbc.sql("""
				update inspection_recommendation set status = 'OPEN', done_reported = false, closed_by = null, closed_at = null,
				    closing_note = null where id = :id""")
			.param("id", id)
			.update();
	}

	private static Recommendation.Event event(ResultSet rs) throws SQLException {
		return new Recommendation.Event(Recommendation.Action.valueOf(rs.getString("action")), RecommendationStatus.parse(rs.getString("status")),
				rs.getString("note"), rs.getString("actor"), rs.getTimestamp("at").toInstant());
	}

	private static Recommendation map(ResultSet rs, int n) throws SQLException {
		return new Recommendation(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("inspection_title"),
				rs.getLong("inspector_unit_id"), rs.getString("text"), rs.getLong("owner_unit_id"), rs.getString("owner_name"),
				rs.getDate("deadline").toLocalDate(), RecommendationStatus.parse(rs.getString("status")), rs.getBoolean("done_reported"),
				rs.getString("response"), rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")),
				rs.getString("evidence_name"), rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")),
				rs.getString("closing_note"), rs.getBoolean("overdue"), List.of());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
