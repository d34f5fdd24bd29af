package vn.doanket.activities;

/** Community model counts of one child unit for a year. */
public record ModelOverviewRow(long unitId, String unitCode, String unitName, int newModels, int maintained, int stopped,
		int replicas) {
}
