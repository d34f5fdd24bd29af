package vn.doanket.reporting;

/**
 * How an indicator adds up. Across units every numeric value is summed (an average divides that sum by the number of
 * reporting units); across periods {@link #SUM} adds, {@link #AVERAGE} averages, {@link #LAST} takes the latest
 * period with data (stock figures such as households at the start of the year); {@link #NONE} is never rolled up.
 */
public enum Aggregation {

	SUM, AVERAGE, LAST, NONE

}
