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

	/**
	 * The aggregates of the units in the candidate periods that have data at all (one index probe per candidate), read
	 * with one statement through the primary key.
	 */
	static final String ROLLUP = """
			with p as (
			    select c.p from unnest(string_to_array(:p, ',')) as c(p)
			    where exists (select 1 from rpt_aggregate a where a.indicator_id = :i and a.period = c.p))
			select a.unit_id, a.period, a.total, a.reported
			from rpt_aggregate a
			where a.indicator_id = :i and a.period = any(array(select p from p))
			  and a.unit_id = any(string_to_array(:u, ',')::bigint[]) and a.member_org_id = :o and a.reported > 0""";

	private final JdbcClient jdbc;

	AnalyticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Aggregates of the units (a comma-separated id list) in the candidate periods that have data. */
	List<PeriodValues.Row<Long>> rollup(long indicatorId, List<String> candidatePeriods, String unitIds, long memberOrgId) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(ROLLUP).param("p", String.join(",", candidatePeriods)).param("i", indicatorId).param("u", unitIds)
			.param("o", memberOrgId)
			.query((rs, n) -> new PeriodValues.Row<>(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	/** Child unit id → parent id for every child of the units. */
	Map<Long, Long> parentsOfChildren(List<Long> parentIds) {
		Map<Long, Long> parents = new HashMap<>();
		if (parentIds.isEmpty()) {
			return parents;
		}
		StringBuilder ids = new StringBuilder();
		parentIds.forEach(id -> ids.append(ids.isEmpty() ? "" : ",").append(id));
		jdbc.sql("select id, parent_id from unit where parent_id = any(string_to_array(:u, ',')::bigint[])").param("u", ids.toString())
			.query(rs -> {
				parents.put(rs.getLong(1), rs.getLong(2));
			});
		return parents;
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
