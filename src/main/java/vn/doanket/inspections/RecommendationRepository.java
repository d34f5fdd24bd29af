package vn.doanket.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
		return jdbc.sql(SELECT + " where r.inspection_id = :i order by r.id").param("i", inspectionId).param("today", today)
			.query(RecommendationRepository::map).list();
	}

	Optional<Recommendation> findById(long id, LocalDate today) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).param("today", today).query(RecommendationRepository::map).optional();
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

	private static Recommendation map(ResultSet rs, int n) throws SQLException {
		return new Recommendation(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("inspection_title"),
				rs.getLong("inspector_unit_id"), rs.getString("text"), rs.getLong("owner_unit_id"), rs.getString("owner_name"),
				rs.getDate("deadline").toLocalDate(), RecommendationStatus.parse(rs.getString("status")), rs.getBoolean("done_reported"),
				rs.getString("response"), rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")),
				rs.getString("evidence_name"), rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")),
				rs.getString("closing_note"), rs.getBoolean("overdue"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
