package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.doanket.units.AdminUnit;

/**
 * Indicators × units for one period under a parent unit (its children are the rows, the parent itself the total
 * line), with completeness and timeliness of each row's reporting units, and the trend of the chosen indicator at the
 * parent over the previous periods.
 */
public record PivotView(ReportForm form, Period period, AdminUnit parent, List<AdminUnit> path, List<Indicator> indicators,
		List<Row> rows, Row total, Indicator chartIndicator, List<TrendPoint> trend) {

	/** One unit with its values by indicator code, and the state of its reports. */
	public record Row(AdminUnit unit, Map<String, BigDecimal> values, Completeness completeness) {

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

	public boolean drillable(AdminUnit unit) {
		return unit.level() != vn.doanket.units.UnitLevel.COMMUNE;
	}

}
