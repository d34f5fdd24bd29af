package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * The pivot of a form's indicators over the children of a unit, read from the live aggregates; under a commune, over
 * its residential areas (when the form is filled in per area), read from the areas' values.
 */
@Service
@Transactional(readOnly = true)
public class Pivot {

	static final int TREND_PERIODS = 5;

	private final IndicatorCatalog catalog;

	private final PivotRepository repository;

	private final Units units;

	private final AccessPolicy access;

	private final ResidentialAreas residentialAreas;

	Pivot(IndicatorCatalog catalog, PivotRepository repository, Units units, AccessPolicy access, ResidentialAreas residentialAreas) {
		this.residentialAreas = residentialAreas;
		this.catalog = catalog;
		this.repository = repository;
		this.units = units;
		this.access = access;
	}

	/**
	 * @param parentCode the unit whose children are the rows; empty for the user's own scope unit (provinces for a
	 * national user)
	 * @param chartCode the indicator of the charts; empty for the form's first
	 */
	public PivotView view(String formCode, String periodId, String parentCode, String chartCode) {
		ReportForm form = catalog.form(formCode);
		Period period = Period.parse(periodId);
		CurrentUser user = access.requireUser();
		AdminUnit parent = parent(parentCode, period, user);
		List<AdminUnit> rows;
		if (parent == null) {
			rows = units.atLevel(UnitLevel.PROVINCE, period.end(), null, 0, 100).items();
		}
		else {
			access.require(Capability.READ, parent.id());
			rows = parent.level() == UnitLevel.COMMUNE ? List.of() : units.children(parent);
		}
		List<Indicator> indicators = form.items().stream().map(ReportForm.Item::indicator)
			.filter(i -> i.aggregation() != Aggregation.NONE)
			.toList();
		List<Long> ids = new ArrayList<>(rows.stream().map(AdminUnit::id).toList());
		if (parent != null) {
			ids.add(parent.id());
		}
		Map<Long, Map<String, BigDecimal>> values = values(indicators, period, ids);
		List<String> levels = List.of(lowestLevel(form).dbValue());
		Map<Long, PivotView.Completeness> completeness = repository.completeness(form.id(), period.id(), form.deadline(period), levels, ids);
		PivotView.Completeness none = new PivotView.Completeness(0, 0, 0, 0);
		List<PivotView.Row> result = new ArrayList<>(rows.stream()
			.map(u -> new PivotView.Row(u, values.getOrDefault(u.id(), Map.of()), completeness.getOrDefault(u.id(), none)))
			.toList());
		if (parent != null && parent.level() == UnitLevel.COMMUNE && form.areaLevel()) {
			result.addAll(areaRows(parent, indicators, period, none));
		}
		PivotView.Row total = parent == null ? null
				: new PivotView.Row(parent, values.getOrDefault(parent.id(), Map.of()), completeness.getOrDefault(parent.id(), none));
		Indicator chart = indicators.stream().filter(i -> i.code().equalsIgnoreCase(chartCode == null ? "" : chartCode)).findFirst()
			.orElse(indicators.isEmpty() ? null : indicators.get(0));
		List<AdminUnit> path = parent == null ? List.of() : new ArrayList<>(units.ancestors(parent));
		if (parent != null) {
			path.add(parent);
		}
		return new PivotView(form, period, parent, path, indicators, result, total, chart, trend(chart, period, parent));
	}

	/** The commune's residential areas with their own values, read from the values themselves (areas have no children). */
	private List<PivotView.Row> areaRows(AdminUnit commune, List<Indicator> indicators, Period period, PivotView.Completeness none) {
		List<String> periods = PeriodValues.candidates(period);
		Map<Long, Indicator> byId = new HashMap<>();
		indicators.forEach(i -> byId.put(i.id(), i));
		Map<Long, Map<String, BigDecimal>> values = combine(repository.areaValues(List.copyOf(byId.keySet()), periods, commune.id()), byId,
				period);
		return residentialAreas.all(commune).stream()
			.map(a -> new PivotView.Row(commune, a, values.getOrDefault(a.id(), Map.of()), none))
			.toList();
	}

	private AdminUnit parent(String parentCode, Period period, CurrentUser user) {
		if (parentCode != null && !parentCode.isBlank()) {
			return units.byCode(parentCode.strip(), period.end())
				.orElseThrow(() -> new NotFoundException("error.report.unitNotFound", parentCode));
		}
		if (user.nationalScope()) {
			return null;
		}
		AdminUnit scope = units.byId(user.scopeUnitId()).orElseThrow();
		return scope;
	}

	private Map<Long, Map<String, BigDecimal>> values(List<Indicator> indicators, Period period, List<Long> unitIds) {
		List<String> periods = PeriodValues.candidates(period);
		Map<Long, Indicator> byId = new HashMap<>();
		indicators.forEach(i -> byId.put(i.id(), i));
		return combine(repository.aggregates(List.copyOf(byId.keySet()), periods, unitIds), byId, period);
	}

	/** Cells keyed by unit (or area) id, combined over the periods that make up {@code period}. */
	private static Map<Long, Map<String, BigDecimal>> combine(List<PivotRepository.Cell> cells, Map<Long, Indicator> byId, Period period) {
		Map<Long, Map<Long, Map<String, PeriodValues.Total>>> grouped = new HashMap<>();
		for (PivotRepository.Cell c : cells) {
			grouped.computeIfAbsent(c.unitId(), k -> new HashMap<>()).computeIfAbsent(c.indicatorId(), k -> new HashMap<>())
				.merge(c.period(), new PeriodValues.Total(c.total(), c.reported()), PeriodValues.Total::plus);
		}
		Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
		grouped.forEach((unitId, byIndicator) -> {
			Map<String, BigDecimal> row = new LinkedHashMap<>();
			byIndicator.forEach((indicatorId, byPeriod) -> {
				Indicator indicator = byId.get(indicatorId);
				PeriodValues.Total t = PeriodValues.combine(period, indicator.aggregation(), byPeriod);
				if (t != null) {
					row.put(indicator.code(), t.value(indicator.aggregation()));
				}
			});
			result.put(unitId, row);
		});
		return result;
	}

	private List<PivotView.TrendPoint> trend(Indicator indicator, Period period, AdminUnit parent) {
		if (indicator == null || parent == null) {
			return List.of();
		}
		List<Period> periods = new ArrayList<>();
		Period p = period;
		for (int i = 0; i < TREND_PERIODS; i++) {
			periods.add(0, p);
			p = p.previous();
		}
		List<PivotView.TrendPoint> points = new ArrayList<>();
		for (Period each : periods) {
			BigDecimal value = values(List.of(indicator), each, List.of(parent.id())).getOrDefault(parent.id(), Map.of()).get(indicator.code());
			points.add(new PivotView.TrendPoint(each.id(), value));
		}
		return points;
	}

	static UnitLevel lowestLevel(ReportForm form) {
		return form.levels().contains(UnitLevel.COMMUNE) ? UnitLevel.COMMUNE
				: form.levels().contains(UnitLevel.DISTRICT) ? UnitLevel.DISTRICT : UnitLevel.PROVINCE;
	}

}
