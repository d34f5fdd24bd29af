package vn.doanket.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * The units at a level under a parent, and their children, remembered: units are reference data that change only at a
 * catalog boundary, so the rows of a roll-up are the same for every date on the same side of the 2025 reform.
 */
@Component
class UnitRows {

	static final int MAX_ENTRIES = 4096;

	/**
	 * The rows, the parent of each of their child units, and the ids of rows and children together as one
	 * comma-separated list (the parameter of the roll-up query).
	 */
	record Level(List<AdminUnit> rows, Map<Long, Long> parentOfChild, Map<Long, Long> childCounts, String ids) {
	}

	private final Units units;

	private final AnalyticsRepository repository;

	private final Map<String, Level> levels = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Level> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	private final Map<String, List<AdminUnit>> cache = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<AdminUnit>> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	UnitRows(Units units, AnalyticsRepository repository) {
		this.units = units;
		this.repository = repository;
	}

	/** The rows at a level with their children (for the "children reported" counts). */
	Level level(UnitLevel level, LocalDate at, AdminUnit parent) {
		String key = level + "/" + (parent == null ? "" : parent.id()) + "/" + at.isAfter(Units.REFORM_EVE);
		synchronized (levels) {
			Level found = levels.get(key);
			if (found != null) {
				return found;
			}
		}
		List<AdminUnit> rows = atLevel(level, at, parent);
		Map<Long, Long> parentOf = repository.parentsOfChildren(rows.stream().map(AdminUnit::id).toList());
		Map<Long, Long> counts = new java.util.HashMap<>();
		parentOf.values().forEach(p -> counts.merge(p, 1L, Long::sum));
		StringBuilder ids = new StringBuilder();
		rows.forEach(r -> ids.append(ids.isEmpty() ? "" : ",").append(r.id()));
		parentOf.keySet().forEach(c -> ids.append(ids.isEmpty() ? "" : ",").append(c));
		Level built = new Level(rows, Map.copyOf(parentOf), Map.copyOf(counts), ids.toString());
		synchronized (levels) {
			levels.put(key, built);
		}
		return built;
	}

	List<AdminUnit> atLevel(UnitLevel level, LocalDate at, AdminUnit parent) {
		String key = level + "/" + (parent == null ? "" : parent.id()) + "/" + at.isAfter(Units.REFORM_EVE);
		synchronized (cache) {
			List<AdminUnit> rows = cache.get(key);
			if (rows != null) {
				return rows;
			}
		}
		List<AdminUnit> rows = List.copyOf(units.atLevel(level, at, parent, 0, Analytics.MAX_ROWS).items());
		synchronized (cache) {
			cache.put(key, rows);
		}
		return rows;
	}

}
