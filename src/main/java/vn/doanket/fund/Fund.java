package vn.doanket.fund;

import java.time.LocalDate;

/** A fund of a Front committee: its For-the-Poor fund or an appeal the committee opened. */
public record Fund(long id, long unitId, String unitCode, String unitName, String kind, String name, String description,
		LocalDate openedOn, LocalDate closedThrough, long balance) {
}
