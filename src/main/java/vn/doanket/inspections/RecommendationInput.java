package vn.doanket.inspections;

import java.time.LocalDate;

/** A recommendation to one of the inspected units (or a unit below it), due by the deadline. */
public record RecommendationInput(String text, Long ownerUnitId, LocalDate deadline) {
}
