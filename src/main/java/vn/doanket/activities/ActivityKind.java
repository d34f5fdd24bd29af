package vn.doanket.activities;

/** The kinds of activity a unit or member organisation records. */
public enum ActivityKind {

	PROPAGANDA, TRAINING, STUDY_TOUR, CONFERENCE, COORDINATION;

	public static ActivityKind parse(String value) {
		for (ActivityKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return kind;
			}
		}
		return null;
	}

}
