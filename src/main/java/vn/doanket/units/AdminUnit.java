package vn.doanket.units;

import java.time.LocalDate;

/**
 * One version of an administrative unit. Its identity is {@code id}: the same code may name different units in
 * different catalogs (2023 "Phường Thắng Lợi" 23293 and 2025 "Phường Kon Tum" 23293).
 */
public record AdminUnit(long id, String catalog, String code, String name, UnitLevel level, String type, Long parentId,
		String parentCode, LocalDate validFrom, LocalDate validTo, String path, int depth) {

	/** Whether this version is in force on the given date. */
	public boolean validAt(LocalDate date) {
		return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
	}

	/** Whether {@code other} is this unit or lies below it. */
	public boolean contains(AdminUnit other) {
		return other.path.startsWith(path);
	}

}
