package vn.doanket.inspections;

/**
 * What the list of inspections is narrowed to: words of the title (without diacritics), the kind, and
 * {@code OPEN} (with recommendations not closed) or {@code OVERDUE} (with overdue recommendations).
 */
public record InspectionFilter(String query, InspectionKind kind, String status) {

	public static InspectionFilter of(String query, String kind, String status) {
		String s = status == null ? null : status.trim().toUpperCase();
		return new InspectionFilter(query, InspectionKind.parse(kind), "OPEN".equals(s) || "OVERDUE".equals(s) ? s : null);
	}

}
