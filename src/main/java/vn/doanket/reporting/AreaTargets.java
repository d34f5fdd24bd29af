package vn.doanket.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.doanket.front.ResidentialArea;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;

/**
 * Resolves the residential area of an import row: the id must name an area of the row's commune, and the form must be
 * filled in per residential area; otherwise a problem names the row. The areas of each commune are read once per
 * import.
 */
@Component
class AreaTargets {

	/** The areas of the communes seen so far in one import, by commune id and area id. */
	static final class Cache {

		private final Map<Long, Map<Long, ResidentialArea>> byCommune = new HashMap<>();

	}

	private final ResidentialAreas areas;

	AreaTargets(ResidentialAreas areas) {
		this.areas = areas;
	}

	Optional<ResidentialArea> of(ReportForm form, AdminUnit commune, int row, String areaText, Cache cache, List<Problem> problems) {
		String text = areaText.strip();
		if (commune.level() != UnitLevel.COMMUNE) {
			problems.add(Problem.cell(row, "area", "error.report.areaNeedsCommune", commune.name()));
			return Optional.empty();
		}
		ResidentialArea area = null;
		if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
			area = areasOf(commune, cache).get(Long.parseLong(text));
		}
		if (area == null) {
			problems.add(Problem.cell(row, "area", "error.report.areaNotFound", text, commune.name()));
			return Optional.empty();
		}
		if (!form.areaLevel()) {
			problems.add(Problem.cell(row, "area", "error.report.levelNotUsed", area.name(), form.nameVi()));
			return Optional.empty();
		}
		return Optional.of(area);
	}

	Map<Long, ResidentialArea> areasOf(AdminUnit commune, Cache cache) {
		return cache.byCommune.computeIfAbsent(commune.id(),
				id -> areas.all(commune).stream().collect(Collectors.toMap(ResidentialArea::id, Function.identity())));
	}

}
