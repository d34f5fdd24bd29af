package vn.doanket.reporting;

/** One value of an import: the unit's code, the period identifier, the indicator code, the member organisation's code
 * (only for indicators entered per organisation) and the value as typed; {@code row} is the file row. */
public record ImportRow(int row, String unit, String period, String indicator, String memberOrg, String value) {
}
