package vn.doanket.inspections;

/** Where a recommendation stands: open, being handled by its owner, or closed by the inspecting side. */
public enum RecommendationStatus {

	OPEN, IN_PROGRESS, CLOSED;

	public static RecommendationStatus parse(String value) {
		for (RecommendationStatus status : values()) {
			if (status.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return status;
			}
		}
		return null;
	}

}
