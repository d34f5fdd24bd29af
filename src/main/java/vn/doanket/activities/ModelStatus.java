package vn.doanket.activities;

/** Where a community model stands: newly built, maintained, replicated elsewhere, or stopped. */
public enum ModelStatus {

	NEW, MAINTAINED, REPLICATED, STOPPED;

	public static ModelStatus parse(String value) {
		for (ModelStatus status : values()) {
			if (status.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return status;
			}
		}
		return null;
	}

}
