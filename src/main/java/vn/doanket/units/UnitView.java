package vn.doanket.units;

import java.time.LocalDate;

/** A unit as the API shows it. */
public record UnitView(long id, String catalog, String code, String name, String level, String type, String parentCode,
		LocalDate validFrom, LocalDate validTo) {

	public static UnitView of(AdminUnit unit) {
		return new UnitView(unit.id(), unit.catalog(), unit.code(), unit.name(), unit.level().dbValue(), unit.type(),
				unit.parentCode(), unit.validFrom(), unit.validTo());
	}

}
