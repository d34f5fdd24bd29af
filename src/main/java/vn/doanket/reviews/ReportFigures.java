package vn.doanket.reviews;

import java.util.List;

import vn.doanket.units.AdminUnit;

/**
 * One source of figures for the review report's part "II. KẾT QUẢ THỰC HIỆN". Each implementation reads one module's
 * public API; the plans, indicator roll-ups and fund figures are added later as further implementations, ordered by
 * {@link #order()}.
 */
interface ReportFigures {

	/** Where the section goes among the results (10, 20, …). */
	int order();

	/** The level-2 sections this source contributes for the unit and year (numbers are assigned by the report). */
	List<ReviewReport.Section> sections(AdminUnit unit, int year);

}
