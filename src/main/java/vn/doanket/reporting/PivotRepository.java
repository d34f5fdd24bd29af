package vn.doanket.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates of many indicators at once, and the submission counts of subtrees. */
@Repository
class PivotRepository {

	record Cell(long indicatorId, long unitId, String period, java.math.BigDecimal total, long reported) {
	}

	private final JdbcClient jdbc;

	PivotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Cell> aggregates(List<Long> indicatorIds, List<String> periods, List<Long> unitIds) {
		if (indicatorIds.isEmpty() || unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select indicator_id, unit_id, period, total, reported from rpt_aggregate
				where indicator_id in (:i) and period in (:p) and unit_id in (:u) and member_org_id = 0 and reported > 0""")
			.param("i", indicatorIds).param("p", periods).param("u", unitIds)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getLong(5)))
			.list();
	}

	/** The values of the residential areas of one commune, keyed by area id (organisations added up). */
	List<Cell> areaValues(List<Long> indicatorIds, List<String> periods, long communeId) {
		if (indicatorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select indicator_id, area_id, period, sum(num_value), count(*) from rpt_value
				where indicator_id in (:i) and period in (:p) and unit_id = :u and area_id <> 0 and num_value is not null
				group by indicator_id, area_id, period""")
			.param("i", indicatorIds).param("p", periods).param("u", communeId)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getLong(5)))
			.list();
	}

	/** Per row unit: reporting units at the given levels in its subtree and the state of their reports. */
	Map<Long, PivotView.Completeness> completeness(long formId, String period, LocalDate deadline, List<String> levels,
			List<Long> rowIds) {
		Map<Long, PivotView.Completeness> result = new HashMap<>();
		if (rowIds.isEmpty()) {
			return result;
		}
		Timestamp due = Timestamp.from(deadline.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		jdbc.sql("""
				select r.id, count(c.id),
				       count(s.unit_id) filter (where s.status in ('SUBMITTED', 'APPROVED')),
				       count(s.unit_id) filter (where s.status in ('SUBMITTED', 'APPROVED') and s.submitted_at < :due),
				       count(s.unit_id) filter (where s.status = 'APPROVED')
				from unit r
				join unit c on c.path like r.path || '%' and c.level in (:levels)
				left join rpt_submission s on s.unit_id = c.id and s.form_id = :f and s.period = :p
				where r.id in (:rows)
				group by r.id""")
			.param("due", due).param("levels", levels).param("f", formId).param("p", period).param("rows", rowIds)
			.query(rs -> {
				result.put(rs.getLong(1), new PivotView.Completeness(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
			});
		return result;
	}

}
