package vn.doanket.reporting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.doanket.units.UnitLevel;

/**
 * A report form (biểu mẫu): sections of indicators, the unit levels that fill it in ({@code areaLevel}: also each
 * residential area of a commune), its period type, the day of the following month on which it is due, and the rules
 * between its values.
 */
public record ReportForm(long id, String code, String nameVi, String nameEn, PeriodType periodType, Set<UnitLevel> levels,
		int deadlineDay, List<Section> sections, List<ValidationRule> rules, boolean areaLevel) {

	/** The level name of residential areas in form configurations and analytics queries. */
	public static final String AREA_LEVEL = "area";

	/** The level names a form can be assigned to, in order: the unit levels, then residential areas. */
	public static final List<String> LEVEL_NAMES = List.of("PROVINCE", "DISTRICT", "COMMUNE", "AREA");

	/** Whether a configured level name is valid (any case). */
	public static boolean knownLevel(String name) {
		return name != null && (UnitLevel.parse(name) != null || AREA_LEVEL.equalsIgnoreCase(name.strip()));
	}

	/** The level names of this form ({@link #LEVEL_NAMES} spelling). */
	public List<String> levelNames() {
		List<String> names = new java.util.ArrayList<>(levels.stream().sorted().map(UnitLevel::name).toList());
		if (areaLevel) {
			names.add("AREA");
		}
		return names;
	}

	/** A titled group of items. */
	public record Section(String titleVi, String titleEn, List<Item> items) {
	}

	/** An indicator on the form; required ones must have a value before the report is submitted. */
	public record Item(Indicator indicator, boolean required) {
	}

	public String name(boolean english) {
		return english ? nameEn : nameVi;
	}

	public List<Item> items() {
		return sections.stream().flatMap(s -> s.items().stream()).toList();
	}

	public Optional<Item> item(String indicatorCode) {
		return items().stream().filter(i -> i.indicator().code().equalsIgnoreCase(indicatorCode)).findFirst();
	}

	public boolean uses(Period period) {
		return period.type() == periodType;
	}

	public boolean appliesTo(UnitLevel level) {
		return levels.contains(level);
	}

	public java.time.LocalDate deadline(Period period) {
		return period.deadline(deadlineDay);
	}

}
