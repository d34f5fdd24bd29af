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
 * The units at a level under a parent, remembered: units are reference data that change only at a catalog boundary,
 * so the rows of a roll-up are the same for every date on the same side of the 2025 reform.
 */
@Component
class UnitRows {

	static final int MAX_ENTRIES = 4096;

	private final Units units;

	private final Map<String, List<AdminUnit>> cache = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<AdminUnit>> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	UnitRows(Units units) {
		this.units = units;
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
