package vn.doanket.inspections;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection or supervision: the inspecting committee's unit, the units inspected, the topics, the period and the
 * team, with the visits made and the recommendations given.
 */
public record Inspection(long id, InspectionKind kind, long inspectorUnitId, String inspectorUnitCode, String inspectorUnitName,
		String title, List<String> topics, LocalDate periodFrom, LocalDate periodTo, List<String> team, List<Target> targets,
		List<Visit> visits, List<Recommendation> recommendations) {

	/** An inspected unit. */
	public record Target(long unitId, String code, String name) {
	}

	/** One visit to an inspected unit with what was found per topic. */
	public record Visit(long id, long unitId, String unitName, LocalDate visitedOn, String documentsReviewed, List<Finding> findings) {
	}

	/** What was found on one topic. */
	public record Finding(String topic, String finding) {
	}

	/** Recommendations not yet closed. */
	public long openRecommendations() {
		return recommendations.stream().filter(r -> r.status() != RecommendationStatus.CLOSED).count();
	}

	Inspection with(List<Visit> newVisits, List<Recommendation> newRecommendations) {
		return new Inspection(id, kind, inspectorUnitId, inspectorUnitCode, inspectorUnitName, title, topics, periodFrom, periodTo,
				team, targets, newVisits, newRecommendations);
	}

}
