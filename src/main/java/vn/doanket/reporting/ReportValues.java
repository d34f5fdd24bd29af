package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored values of one unit (or one residential area of a commune) for one period, by indicator id and member
 * organisation id (0 = none).
 */
@Repository
class ReportValues {

	/** Values of one report. */
	record Values(Map<Long, Map<Long, ValueStore.Stored>> byIndicator) {

		ValueStore.Stored get(long indicatorId, long memberOrgId) {
			return byIndicator.getOrDefault(indicatorId, Map.of()).get(memberOrgId);
		}

		void put(long indicatorId, long memberOrgId, ValueStore.Stored value) {
			Map<Long, ValueStore.Stored> byOrg = byIndicator.computeIfAbsent(indicatorId, k -> new HashMap<>());
			if (value == null) {
				byOrg.remove(memberOrgId);
			}
			else {
				byOrg.put(memberOrgId, value);
			}
		}

		/** The numbers per indicator, organisations added up. */
		Map<Long, BigDecimal> totals() {
			Map<Long, BigDecimal> totals = new HashMap<>();
			byIndicator.forEach((id, byOrg) -> byOrg.values().stream().filter(v -> v.number() != null)
				.forEach(v -> totals.merge(id, v.number(), BigDecimal::add)));
			return totals;
		}

		Map<Long, String> texts() {
			Map<Long, String> texts = new HashMap<>();
			byIndicator.forEach((id, byOrg) -> byOrg.values().stream().filter(v -> v.text() != null)
				.forEach(v -> texts.put(id, v.text())));
			return texts;
		}

	}

	private final JdbcClient jdbc;

	ReportValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's own values (not those of its residential areas). */
	Values of(long unitId, String period) {
		return of(unitId, 0, period);
	}

	/** The values of one residential area of the commune {@code unitId} ({@code areaId} 0: the unit's own). */
	Values of(long unitId, long areaId, String period) {
		Values values = new Values(new HashMap<>());
		jdbc.sql("""
				select indicator_id, member_org_id, num_value, text_value from rpt_value
				where indicator_id = any(array(select id from rpt_indicator)) and period = :p and unit_id = :u and area_id = :a""")
			.param("u", unitId).param("p", period).param("a", areaId)
			.query(rs -> {
				values.put(rs.getLong(1), rs.getLong(2), new ValueStore.Stored(rs.getBigDecimal(3), rs.getString(4)));
			});
		return values;
	}

}
