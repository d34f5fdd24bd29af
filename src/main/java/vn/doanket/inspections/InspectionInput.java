package vn.doanket.inspections;

import java.time.LocalDate;
import java.util.List;

import vn.doanket.shared.Checks;

/**
 * An inspection plan as the inspecting side enters it; topics and team members one per entry, inspected units by
 * code (resolved at the start of the period).
 */
public record InspectionInput(String kind, String title, List<String> topics, LocalDate periodFrom, LocalDate periodTo,
		List<String> team, List<String> targetCodes) {

	List<String> cleanTopics() {
		return clean(topics);
	}

	List<String> cleanTeam() {
		return clean(team);
	}

	List<String> cleanTargets() {
		return clean(targetCodes);
	}

	Checks check() {
		Checks checks = new Checks();
		checks.require(InspectionKind.parse(kind) != null, "inspectionKind", "error.inspection.kind");
		checks.requireText(title, "title", 300);
		checks.require(!cleanTopics().isEmpty(), "topics", "error.required");
		checks.require(cleanTopics().stream().allMatch(t -> t.length() <= 300), "topics", "error.tooLong", 300);
		checks.require(periodFrom != null, "periodFrom", "error.required");
		checks.require(periodTo != null, "periodTo", "error.required");
		checks.require(periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom), "periodTo", "error.inspection.period");
		checks.require(!cleanTeam().isEmpty(), "team", "error.required");
		checks.require(!cleanTargets().isEmpty(), "targetCodes", "error.required");
		return checks;
	}

	static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream()
					.filter(v -> v != null)
					.flatMap(v -> v.lines())
					.map(String::strip)
					.filter(v -> !v.isEmpty())
					.distinct()
					.toList();
	}

}
