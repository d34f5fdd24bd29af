package vn.doanket.reporting;

/**
 * What a user types to define an indicator. Enumerations arrive as text so that a wrong value is refused with a
 * message naming the field instead of failing to bind.
 */
record IndicatorInput(String code, String nameVi, String nameEn, String valueType, String aggregation, Integer campaignContent,
		Boolean byMemberOrg, Integer sortOrder) {

	IndicatorInput {
		byMemberOrg = Boolean.TRUE.equals(byMemberOrg);
	}

	static IndicatorInput of(Indicator indicator, int sortOrder) {
		return new IndicatorInput(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.valueType().name(),
				indicator.aggregation().name(), indicator.campaignContent(), indicator.byMemberOrg(), sortOrder);
	}

}
