package vn.doanket.reporting;

/**
 * The kinds of reporting period of Nghị định 09/2019/NĐ-CP, plus the nine-month report that provinces add. Every
 * period starts at the beginning of a month and is a whole number of months long.
 */
public enum PeriodType {

	/** One calendar month: {@code 202301}. */
	MONTH(1, 12),

	/** One quarter: {@code 2023Q1} to {@code 2023Q4}. */
	QUARTER(3, 4),

	/** Half a year: {@code 2023S1} (January–June) and {@code 2023S2} (July–December). */
	HALF_YEAR(6, 2),

	/** The first nine months of a year: {@code 2023N9}. */
	NINE_MONTHS(9, 1),

	/** The whole year: {@code 2023}. */
	YEAR(12, 1);

	private final int months;

	private final int perYear;

	PeriodType(int months, int perYear) {
		this.months = months;
		this.perYear = perYear;
	}

	/** How many calendar months one period of this type covers. */
	public int months() {
		return months;
	}

	/** How many periods of this type a year has. */
	public int perYear() {
		return perYear;
	}

}
