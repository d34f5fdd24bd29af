package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.doanket.front.ResidentialArea;
import vn.doanket.units.AdminUnit;

/**
 * Indicators × units for one period under a parent unit (its children are the rows — under a commune, its residential
 * areas — the parent itself the total line), with completeness and timeliness of each row's reporting units, and the trend of the chosen indicator at the
 * parent over the previous periods.
 */
public record PivotView(ReportForm form, Period period, AdminUnit parent, List<AdminUnit> path, List<Indicator> indicators,
		List<Row> rows, Row total, Indicator chartIndicator, List<TrendPoint> trend) {

	/**
	 * One unit (or, under a commune, one of its residential areas: {@code area} set, {@code unit} the commune) with its
	 * values by indicator code, and the state of its reports (none for an area, whose values go with the commune's
	 * report).
	 */
	public record Row(AdminUnit unit, ResidentialArea area, Map<String, BigDecimal> values, Completeness completeness) {

		public Row(AdminUnit unit, Map<String, BigDecimal> values, Completeness completeness) {
			this(unit, null, values, completeness);
		}

		/** The unit's code, or the residential area's id. */
		public String code() {
			return area == null ? unit.code() : String.valueOf(area.id());
		}

		public String name() {
			return area == null ? unit.name() : area.name();
		}

		public BigDecimal value(String code) {
			return values.get(code);
		}

		/** The value as Vietnamese readers write it: 1.500.000 and 86,87. */
		public String text(String code) {
			BigDecimal v = values.get(code);
			if (v == null) {
				return "";
			}
			java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
			symbols.setGroupingSeparator('.');
			symbols.setDecimalSeparator(',');
			return new java.text.DecimalFormat("#,##0.##", symbols).format(v);
		}

	}

	/** Reporting units in a subtree, how many submitted, how many by the deadline, how many approved. */
	public record Completeness(long units, long submitted, long onTime, long approved) {

		public int submittedPercent() {
			return units == 0 ? 0 : (int) Math.round(submitted * 100.0 / units);
		}

		public int onTimePercent() {
			return units == 0 ? 0 : (int) Math.round(onTime * 100.0 / units);
		}

	}

	/** The value of the chart's indicator at the parent in one period. */
	public record TrendPoint(String period, BigDecimal value) {
	}

	/** Whether the row opens the level below: districts, communes, and residential areas when the form has that level. */
	public boolean drillable(Row row) {
		return row.area() == null && (row.unit().level() != vn.doanket.units.UnitLevel.COMMUNE || form.areaLevel());
	}

	/** Whether the rows are the residential areas of a commune. */
	public boolean areaRows() {
		return parent != null && parent.level() == vn.doanket.units.UnitLevel.COMMUNE;
	}

}
