package vn.doanket.units;

import java.util.Locale;

/** The administrative level of a unit. Residential areas are not administrative units (see the front module). */
public enum UnitLevel {

	PROVINCE, DISTRICT, COMMUNE;

	public String dbValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@code province}, {@code district} or {@code commune} (any case); {@code null} for anything else. */
	public static UnitLevel parse(String value) {
		if (value == null) {
			return null;
		}
		for (UnitLevel level : values()) {
			if (level.name().equalsIgnoreCase(value.trim())) {
				return level;
			}
		}
		return null;
	}

}
