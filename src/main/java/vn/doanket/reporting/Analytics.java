package vn.doanket.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.front.MemberOrganization;
import vn.doanket.front.ResidentialArea;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * Totals of an indicator for a period at a level, under a parent, as of a date. In the catalog the data were entered
 * in, they are read from the aggregates kept up to date by every write; under the 2025 catalog, values of the former
 * units are re-aggregated through the official succession ({@link ReformRollup}). At the residential-area level (under
 * one commune) the rows are the commune's areas with their own values.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	static final int MAX_ROWS = 20_000;

	private final IndicatorCatalog catalog;

	private final AnalyticsRepository repository;

	private final ReformRollup reform;

	private final CellReader cells;

	private final Units units;

	private final AccessPolicy access;

	private final UnitRows unitRows;

	private final ResidentialAreas residentialAreas;

	Analytics(IndicatorCatalog catalog, AnalyticsRepository repository, ReformRollup reform, CellReader cells, Units units,
			AccessPolicy access, UnitRows unitRows, ResidentialAreas residentialAreas) {
		this.residentialAreas = residentialAreas;
		this.unitRows = unitRows;
		this.catalog = catalog;
		this.repository = repository;
		this.reform = reform;
		this.cells = cells;
		this.units = units;
		this.access = access;
	}

	/**
	 * The query, checked; {@code at} defaults to the period's last day. {@code areaLevel}: the rows are the residential
	 * areas of the commune {@code parent} ({@code level} is then that commune's level).
	 */
	record Query(Indicator indicator, Period period, UnitLevel level, AdminUnit parent, LocalDate at, long memberOrgId,
			String memberOrgCode, boolean areaLevel) {

		String levelName() {
			return areaLevel ? ReportForm.AREA_LEVEL : level.dbValue();
		}

	}

	public AnalyticsResult totals(String indicatorCode, String periodId, String levelName, String parentCode, LocalDate at,
			String memberOrgCode) {
		Query q = query(indicatorCode, periodId, levelName, parentCode, at, memberOrgCode);
		if (q.parent() == null) {
			if (!access.requireUser().nationalScope()) {
				throw new AccessDeniedException("national totals");
			}
		}
		else {
			access.require(Capability.READ, q.parent().id());
		}
		if (q.areaLevel()) {
			return result(q, q.parent().catalog(), areaRows(q), List.of());
		}
		UnitRows.Level level = unitRows.level(q.level(), q.at(), q.parent());
		boolean reformed = q.at().isAfter(Units.REFORM_EVE) && q.period().end().isBefore(Units.REFORM_DAY);
		String catalogName = q.at().isAfter(Units.REFORM_EVE) ? "2025" : "2023";
		if (reformed) {
			ReformRollup.Result r = reform.rollup(q, level.rows());
			return result(q, catalogName, r.rows(), r.separate());
		}
		return result(q, catalogName, current(q, level), List.of());
	}

	/**
	 * One query reads the aggregates of the rows and of their children; the children's tell how many of each row's
	 * children reported.
	 */
	private List<AnalyticsResult.Row> current(Query q, UnitRows.Level level) {
		Map<Long, Map<String, PeriodValues.Total>> totals = PeriodValues.group(
				repository.rollup(q.indicator().id(), PeriodValues.candidates(q.period()), level.ids(), q.memberOrgId()));
		Map<Long, Long> childrenReported = new HashMap<>();
		totals.keySet().forEach(id -> {
			Long parent = level.parentOfChild().get(id);
			if (parent != null) {
				childrenReported.merge(parent, 1L, Long::sum);
			}
		});
		List<AnalyticsResult.Row> result = new ArrayList<>(level.rows().size());
		for (AdminUnit unit : level.rows()) {
			PeriodValues.Total t = PeriodValues.combine(q.period(), q.indicator().aggregation(), totals.getOrDefault(unit.id(), Map.of()));
			result.add(new AnalyticsResult.Row(unit.id(), unit.code(), unit.name(), t == null ? null : t.value(q.indicator().aggregation()),
					t == null ? 0 : t.reported(), childrenReported.getOrDefault(unit.id(), 0L),
					level.childCounts().getOrDefault(unit.id(), 0L)));
		}
		return result;
	}

	/** The residential areas of the commune with their own values (an area has no children). */
	private List<AnalyticsResult.Row> areaRows(Query q) {
		List<ResidentialArea> areas = residentialAreas.all(q.parent());
		List<String> periods = PeriodValues.candidates(q.period());
		Map<Long, Map<String, PeriodValues.Total>> values = PeriodValues.group(
				repository.areaValues(q.indicator().id(), periods, q.parent().id(), q.memberOrgId()));
		List<AnalyticsResult.Row> result = new ArrayList<>();
		for (ResidentialArea area : areas) {
			PeriodValues.Total t = PeriodValues.combine(q.period(), q.indicator().aggregation(), values.getOrDefault(area.id(), Map.of()));
			result.add(new AnalyticsResult.Row(area.id(), String.valueOf(area.id()), area.name(),
					t == null ? null : t.value(q.indicator().aggregation()), t == null ? 0 : t.reported(), 0, 0));
		}
		return result;
	}

	private AnalyticsResult result(Query q, String catalogName, List<AnalyticsResult.Row> rows,
			List<AnalyticsResult.SeparateValue> separate) {
		return new AnalyticsResult(q.indicator().code(), q.period().id(), q.levelName(),
				q.parent() == null ? null : q.parent().code(), q.at(), catalogName, q.memberOrgCode(), rows, separate);
	}

	Query query(String indicatorCode, String periodId, String levelName, String parentCode, LocalDate at, String memberOrgCode) {
		vn.doanket.shared.Checks checks = new vn.doanket.shared.Checks();
		Indicator indicator = indicatorCode == null || indicatorCode.isBlank() ? null : catalog.indicator(indicatorCode).orElse(null);
		checks.require(indicator != null, "indicator", indicatorCode == null || indicatorCode.isBlank() ? "error.required"
				: "error.report.indicatorUnknown", indicatorCode);
		checks.require(indicator == null || indicator.aggregation() != Aggregation.NONE, "indicator", "error.report.notAggregated",
				indicatorCode);
		Period period = null;
		try {
			period = Period.parse(periodId);
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(checks::add);
		}
		boolean areaLevel = levelName != null && levelName.strip().equalsIgnoreCase(ReportForm.AREA_LEVEL);
		UnitLevel level = areaLevel ? UnitLevel.COMMUNE : UnitLevel.parse(levelName);
		checks.require(level != null, "level", "error.report.levelUnknown", levelName);
		LocalDate date = at != null ? at : period != null ? period.end() : null;
		checks.require(date == null || level != UnitLevel.DISTRICT || !date.isAfter(Units.REFORM_EVE), "level",
				"error.report.noDistrictsAfterReform");
		long orgId = 0;
		if (memberOrgCode != null && !memberOrgCode.isBlank()) {
			MemberOrganization org = cells.organisations().get(memberOrgCode.strip().toUpperCase());
			checks.require(org != null, "memberOrg", "error.report.memberOrgUnknown", memberOrgCode);
			orgId = org == null ? 0 : org.id();
		}
		checks.throwIfAny();
		if (areaLevel) {
			checks.require(parentCode != null && !parentCode.isBlank(), "parent", "error.report.areaNeedsCommune", "—");
			checks.require(!date.isAfter(Units.REFORM_EVE) || !period.end().isBefore(Units.REFORM_DAY), "at", "error.report.areasNotAcrossReform");
			checks.throwIfAny();
		}
		AdminUnit parent = null;
		if (parentCode != null && !parentCode.isBlank()) {
			parent = units.byCode(parentCode.strip(), date)
				.orElseThrow(() -> new NotFoundException("error.report.unitNotFound", parentCode));
		}
		if (areaLevel && parent.level() != UnitLevel.COMMUNE) {
			throw InvalidInputException.of("parent", "error.report.areaNeedsCommune", parent.name());
		}
		return new Query(indicator, period, level, parent, date, orgId, orgId == 0 ? null : memberOrgCode.strip().toUpperCase(), areaLevel);
	}

}
