package vn.doanket.budget;

/**
 * The spending lines of a Front committee's campaign budget (Thông tư 121/2017/TT-BTC). Three carry a norm at commune
 * level: support to the commune Front committee, support to the residential areas' Front work committees, and the
 * Great Unity Day grant per residential area.
 */
public enum BudgetLine {

	PROPAGANDA, TRAINING, STUDY_TOURS, INSPECTION, REVIEW_CONFERENCES, COMMENDATION, COMMUNE_SUPPORT, AREA_SUPPORT, UNITY_DAY,
	OTHER;

	/** The line named {@code value} (any case), or {@code null}. */
	static BudgetLine parse(String value) {
		if (value == null) {
			return null;
		}
		for (BudgetLine line : values()) {
			if (line.name().equalsIgnoreCase(value.trim())) {
				return line;
			}
		}
		return null;
	}

}
