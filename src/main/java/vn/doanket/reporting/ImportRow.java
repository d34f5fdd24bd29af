package vn.doanket.reporting;

/**
 * One value of an import: the unit's code, the period identifier, the indicator code, the member organisation's code
 * (only for indicators entered per organisation), the value as typed and, for a residential area's value, the area's
 * id (the unit is then its commune); {@code row} is the file row.
 */
public record ImportRow(int row, String unit, String period, String indicator, String memberOrg, String value, String area) {

	public ImportRow(int row, String unit, String period, String indicator, String memberOrg, String value) {
		this(row, unit, period, indicator, memberOrg, value, null);
	}

}
