package vn.doanket.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubmissionRepository {

	private final JdbcClient jdbc;

	SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Submission find(long formId, long unitId, String period) {
		return jdbc.sql("select * from rpt_submission where form_id = :f and unit_id = :u and period = :p")
			.param("f", formId).param("u", unitId).param("p", period)
			.query(SubmissionRepository::map)
			.optional()
			.orElse(Submission.draft(formId, unitId, period));
	}

	/** Locks the row (creating a draft first) so that two decisions on one report never interleave. */
	Submission lock(long formId, long unitId, String period) {
		jdbc.sql("""
				insert into rpt_submission (form_id, unit_id, period, status) values (:f, :u, :p, 'DRAFT')
				on conflict do nothing""")
			.param("f", formId).param("u", unitId).param("p", period).update();
		return jdbc.sql("select * from rpt_submission where form_id = :f and unit_id = :u and period = :p for update")
			.param("f", formId).param("u", unitId).param("p", period)
			.query(SubmissionRepository::map)
			.single();
	}

	Map<Long, Submission> findAll(long formId, String period, Collection<Long> unitIds) {
		Map<Long, Submission> found = new HashMap<>();
		if (unitIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select * from rpt_submission where form_id = :f and period = :p and unit_id in (:u)")
			.param("f", formId).param("p", period).param("u", List.copyOf(unitIds))
			.query(SubmissionRepository::map)
			.list()
			.forEach(s -> found.put(s.unitId(), s));
		return found;
	}

	void submit(Submission s, String username) {
		jdbc.sql("""
				update rpt_submission set status = 'SUBMITTED', submitted_at = now(), submitted_by = :by, comment = null
				where form_id = :f and unit_id = :u and period = :p""")
			.param("by", username).param("f", s.formId()).param("u", s.unitId()).param("p", s.period()).update();
	}

	void decide(Submission s, ReportStatus status, String comment, String username) {
		jdbc.sql("""
				update rpt_submission set status = :st, comment = :c, decided_at = now(), decided_by = :by
				where form_id = :f and unit_id = :u and period = :p""")
			.param("st", status.name()).param("c", comment).param("by", username)
			.param("f", s.formId()).param("u", s.unitId()).param("p", s.period()).update();
	}

	private static Submission map(ResultSet rs, int n) throws SQLException {
		return new Submission(rs.getLong("form_id"), rs.getLong("unit_id"), rs.getString("period"),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("comment"), instant(rs.getTimestamp("submitted_at")),
				rs.getString("submitted_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
