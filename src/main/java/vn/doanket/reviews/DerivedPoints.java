package vn.doanket.reviews;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.doanket.front.EmulationCluster;
import vn.doanket.reporting.Aggregation;
import vn.doanket.reporting.Analytics;
import vn.doanket.reporting.AnalyticsResult;
import vn.doanket.reporting.Indicator;
import vn.doanket.reporting.IndicatorCatalog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Points of a criterion derived from an indicator: each member's value of the year, as the reporting analytics answer
 * it ({@code GET /api/v1/analytics}, the path the review report's {@link IndicatorFigures} uses), scaled so that the
 * member with the highest value gets the criterion's maximum: {@code round(max × value ÷ highest)}; no value is 0.
 */
@Component
class DerivedPoints {

	private final Analytics analytics;

	private final IndicatorCatalog catalog;

	private final Units units;

	DerivedPoints(Analytics analytics, IndicatorCatalog catalog, Units units) {
		this.analytics = analytics;
		this.catalog = catalog;
		this.units = units;
	}

	/** The indicator a criterion may be derived from: known and adding up across units. */
	Optional<Indicator> indicator(String code) {
		return catalog.indicator(code).filter(i -> i.aggregation() != Aggregation.NONE);
	}

	/** Indicators a criterion may be derived from, for the criteria form. */
	List<Indicator> indicators() {
		return catalog.indicators().stream().filter(i -> i.aggregation() != Aggregation.NONE).toList();
	}

	/** The reported value of each member in the year (null when nothing was reported), member by member. */
	Map<Long, BigDecimal> values(EmulationCluster cluster, int year, String indicatorCode) {
		Map<Long, BigDecimal> values = new LinkedHashMap<>();
		Map<Long, List<AdminUnit>> byParent = cluster.members().stream()
			.flatMap(m -> units.byId(m.unitId()).stream())
			.filter(u -> u.parentId() != null)
			.collect(Collectors.groupingBy(AdminUnit::parentId, LinkedHashMap::new, Collectors.toList()));
		for (Map.Entry<Long, List<AdminUnit>> group : byParent.entrySet()) {
			AdminUnit parent = units.byId(group.getKey()).orElseThrow();
			Map<Long, BigDecimal> rows = new HashMap<>();
			String level = group.getValue().get(0).level().dbValue();
			AnalyticsResult result = analytics.totals(indicatorCode, String.valueOf(year), level, parent.code(), null, null);
			result.rows().forEach(r -> rows.put(r.unitId(), r.value()));
			group.getValue().forEach(u -> values.put(u.id(), rows.get(u.id())));
		}
		cluster.members().forEach(m -> values.putIfAbsent(m.unitId(), null));
		return values;
	}

	/** Each member's points for a derived criterion; refused with the indicator named when its figures cannot be read. */
	Map<Long, Integer> points(EmulationCluster cluster, int year, Emulation.Criterion criterion) {
		Map<Long, BigDecimal> values;
		try {
			values = values(cluster, year, criterion.indicatorCode());
		}
		catch (InvalidInputException | vn.doanket.shared.NotFoundException ex) {
			throw InvalidInputException.of("indicatorCode", "error.emulation.indicatorUnavailable", criterion.indicatorCode(), year);
		}
		BigDecimal highest = values.values().stream().filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo).orElse(null);
		Map<Long, Integer> points = new LinkedHashMap<>();
		values.forEach((unit, value) -> points.put(unit, highest == null || value == null || value.signum() <= 0 ? 0
				: (int) Math.round(criterion.maxPoints() * value.doubleValue() / highest.doubleValue())));
		return points;
	}

}
