package vn.doanket.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Totals of one indicator for one period, one row per unit at a level, as of a date. {@code separate} lists the
 * values of units that cannot be attributed to a single row of that catalog (a commune split by the 2025 reform,
 * a former district's own values among new communes): they are shown apart and never added into a row.
 */
public record AnalyticsResult(String indicator, String period, String level, String parent, LocalDate at, String catalog,
		String memberOrg, List<Row> rows, List<SeparateValue> separate) {

	/**
	 * One unit: the value (null when nothing was reported), how many values were added up, and how many of its direct
	 * child units (or, across the reform, of its predecessor units) reported out of how many.
	 */
	public record Row(long unitId, String code, String name, BigDecimal value, long reported, long childrenReported,
			long childrenTotal) {
	}

	/** A value kept apart, with where its unit went. */
	public record SeparateValue(long unitId, String code, String name, String mergeType, BigDecimal value, long reported,
			List<String> successorCodes, boolean flagged) {
	}

	public BigDecimal total() {
		return rows.stream().map(Row::value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
