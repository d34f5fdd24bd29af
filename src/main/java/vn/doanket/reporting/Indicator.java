package vn.doanket.reporting;

/**
 * An indicator (chỉ tiêu): what is counted, its value type and aggregation, which of the campaign's five contents it
 * measures (null when none) and whether it is entered per member organisation.
 */
public record Indicator(long id, String code, String nameVi, String nameEn, ValueType valueType, Aggregation aggregation,
		Integer campaignContent, boolean byMemberOrg) {

	public String name(boolean english) {
		return english ? nameEn : nameVi;
	}

}
