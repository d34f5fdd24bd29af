package vn.doanket.activities;

/**
 * Great Unity Day in one unit and year: residential areas, how many held the day, attendance and money (state budget
 * plus socialised sources). {@code source} says whether the figures come from this year's records or an imported count.
 */
public record UnityDaySummaryRow(String unitCode, String unitName, int year, int areas, int held, long attendance, long money,
		String source) {

	/** Share of areas that held the day, in percent with one decimal (0 when there are no areas). */
	public double coverage() {
		return areas == 0 ? 0 : Math.round(held * 1000.0 / areas) / 10.0;
	}

}
