package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads aggregates (fast path, one indexed lookup per unit) and raw values (for re-aggregation across the reform). */
@Repository
class AnalyticsRepository {

	/** Where one old unit went: a successor and its path. */
	record Successor(long unitId, String code, String name, String mergeType, long successorId, String successorCode,
			String successorPath) {
	}

	private final JdbcClient jdbc;

	AnalyticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PeriodValues.Row<Long>> aggregates(long indicatorId, List<String> periods, List<Long> unitIds, long memberOrgId) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select unit_id, period, total, reported from rpt_aggregate
				where indicator_id = :i and period in (:p) and unit_id in (:u) and member_org_id = :o and reported > 0""")
			.param("i", indicatorId).param("p", periods).param("u", unitIds).param("o", memberOrgId)
			.query((rs, n) -> new PeriodValues.Row<>(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** The values of the residential areas of one commune, by area (organisations added up unless one is asked for). */
	List<PeriodValues.Row<Long>> areaValues(long indicatorId, List<String> periods, long communeId, long memberOrgId) {
		return jdbc.sql("""
				select area_id, period, sum(num_value), count(*) from rpt_value
				where indicator_id = :i and period in (:p) and unit_id = :u and area_id <> 0 and num_value is not null
				  and (:o = 0 or member_org_id = :o)
				group by area_id, period""")
			.param("i", indicatorId).param("p", periods).param("u", communeId).param("o", memberOrgId)
			.query((rs, n) -> new PeriodValues.Row<>(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** How many children of each parent have data in any of the periods. */
	Map<Long, Long> childrenWithData(long indicatorId, List<String> periods, List<Long> parentIds, long memberOrgId) {
		Map<Long, Long> counts = new HashMap<>();
		if (parentIds.isEmpty() || periods.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select u.parent_id, count(*) from unit u
				where u.parent_id in (:u)
				  and exists (select 1 from rpt_aggregate a where a.unit_id = u.id and a.indicator_id = :i and a.period in (:p)
				              and a.member_org_id = :o and a.reported > 0)
				group by u.parent_id""")
			.param("i", indicatorId).param("p", periods).param("u", parentIds).param("o", memberOrgId)
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	/** The candidate periods that have any aggregate for the indicator (one index probe each). */
	List<String> periodsWithData(long indicatorId, List<String> candidates) {
		return jdbc.sql("""
				select c.p from unnest(string_to_array(:p, ',')) as c(p)
				where exists (select 1 from rpt_aggregate a where a.indicator_id = :i and a.period = c.p)""")
			.param("p", String.join(",", candidates)).param("i", indicatorId)
			.query(String.class)
			.list();
	}

	List<long[]> childCounts(List<Long> parentIds) {
		if (parentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select parent_id, count(*) from unit where parent_id in (:u) group by parent_id")
			.param("u", parentIds)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	/** Every successor of every old unit that has at least one successor under {@code prefix}. */
	List<Successor> successorsInto(String prefix) {
		return jdbc.sql("""
				select o.id, o.code, o.name, s.merge_type, su.id, su.code, su.path
				from unit_successor s join unit su on su.id = s.successor_id join unit o on o.id = s.unit_id
				where s.unit_id in (select s2.unit_id from unit_successor s2 join unit su2 on su2.id = s2.successor_id
				                    where su2.path like :prefix)""")
			.param("prefix", prefix + "%")
			.query((rs, n) -> new Successor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getString(7)))
			.list();
	}

	/** Values entered at each of the units (not below them), summed over organisations unless one is asked for. */
	List<PeriodValues.Row<Long>> ownValues(long indicatorId, List<String> periods, List<Long> unitIds, long memberOrgId) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select unit_id, period, sum(num_value), count(distinct unit_id) from rpt_value
				where indicator_id = :i and period in (:p) and unit_id in (:u) and num_value is not null
				  and (:o = 0 or member_org_id = :o)
				group by unit_id, period""")
			.param("i", indicatorId).param("p", periods).param("u", unitIds).param("o", memberOrgId)
			.query((rs, n) -> new PeriodValues.Row<>(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

}
