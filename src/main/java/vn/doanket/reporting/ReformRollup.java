package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;

/**
 * Re-aggregates values entered for units of the 2023 catalog under units of the 2025 catalog. Each former unit's own
 * values go to the one row that all its successors fall into (a full merge, or a split that stays inside one new
 * province); when its successors fall into several rows (a partially merged commune, a former district among new
 * communes) the value is listed apart and flagged, never added to any row, so nothing is counted twice.
 */
@Component
class ReformRollup {

	record Result(List<AnalyticsResult.Row> rows, List<AnalyticsResult.SeparateValue> separate) {
	}

	private final AnalyticsRepository repository;

	ReformRollup(AnalyticsRepository repository) {
		this.repository = repository;
	}

	Result rollup(Analytics.Query q, List<AdminUnit> rows) {
		String prefix = q.parent() == null ? "/" : q.parent().path();
		Map<Long, AdminUnit> rowById = new LinkedHashMap<>();
		rows.forEach(r -> rowById.put(r.id(), r));
		Map<Long, List<AnalyticsRepository.Successor>> byOld = new LinkedHashMap<>();
		for (AnalyticsRepository.Successor s : repository.successorsInto(prefix)) {
			byOld.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s);
		}
		List<String> periods = PeriodValues.candidates(q.period());
		Map<Long, Map<String, PeriodValues.Total>> values = PeriodValues.group(
				repository.ownValues(q.indicator().id(), periods, List.copyOf(byOld.keySet()), q.memberOrgId()));
		Map<Long, PeriodValues.Total> sums = new HashMap<>();
		Map<Long, Long> contributors = new HashMap<>();
		Map<Long, Long> predecessors = new HashMap<>();
		List<AnalyticsResult.SeparateValue> separate = new ArrayList<>();
		for (Map.Entry<Long, List<AnalyticsRepository.Successor>> old : byOld.entrySet()) {
			Set<Long> targets = new LinkedHashSet<>();
			old.getValue().forEach(s -> targets.add(rowKey(q.level(), s)));
			boolean attributable = targets.size() == 1 && rowById.containsKey(targets.iterator().next());
			if (attributable) {
				predecessors.merge(targets.iterator().next(), 1L, Long::sum);
			}
			PeriodValues.Total total = PeriodValues.combine(q.period(), q.indicator().aggregation(),
					values.getOrDefault(old.getKey(), Map.of()));
			if (total == null) {
				continue;
			}
			if (attributable) {
				long row = targets.iterator().next();
				sums.merge(row, total, PeriodValues.Total::plus);
				contributors.merge(row, 1L, Long::sum);
			}
			else {
				AnalyticsRepository.Successor first = old.getValue().get(0);
				separate.add(new AnalyticsResult.SeparateValue(first.unitId(), first.code(), first.name(), mergeType(old.getValue()),
						total.value(q.indicator().aggregation()), total.reported(),
						old.getValue().stream().map(AnalyticsRepository.Successor::successorCode).distinct().toList(), true));
			}
		}
		List<AnalyticsResult.Row> result = new ArrayList<>();
		for (AdminUnit row : rows) {
			PeriodValues.Total t = sums.get(row.id());
			result.add(new AnalyticsResult.Row(row.id(), row.code(), row.name(), t == null ? null : t.value(q.indicator().aggregation()),
					t == null ? 0 : t.reported(), contributors.getOrDefault(row.id(), 0L), predecessors.getOrDefault(row.id(), 0L)));
		}
		return new Result(result, separate);
	}

	/** The row a successor falls into: the new commune itself, or the new province at the head of its path. */
	private static long rowKey(UnitLevel level, AnalyticsRepository.Successor s) {
		if (level == UnitLevel.PROVINCE) {
			String first = s.successorPath().substring(1, s.successorPath().indexOf('/', 1));
			return Long.parseLong(first);
		}
		return s.successorId();
	}

	private static String mergeType(List<AnalyticsRepository.Successor> successors) {
		return successors.stream().anyMatch(s -> "partial".equals(s.mergeType())) ? "partial"
				: successors.size() > 1 ? "split" : successors.get(0).mergeType();
	}

}
