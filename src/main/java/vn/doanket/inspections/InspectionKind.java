package vn.doanket.inspections;

/** Kiểm tra (inspection) or giám sát (supervision). */
public enum InspectionKind {

	INSPECTION, SUPERVISION;

	/** The kind named by {@code value}, or {@code null} when blank or unknown. */
	public static InspectionKind parse(String value) {
		for (InspectionKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return kind;
			}
		}
		return null;
	}

}
