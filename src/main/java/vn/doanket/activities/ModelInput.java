package vn.doanket.activities;

import java.time.LocalDate;
import java.util.List;

import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;

/** A community model as a user registers it. */
public record ModelInput(String name, Integer contentNo, String category, Long leadOrgId, LocalDate startedOn,
		Integer participants, Integer beneficiaries, Long moneyContributed, Integer labourDays, String results,
		Long replicatesId, List<Long> areaIds) {

	Checks check(LocalDate today) {
		Checks checks = new Checks().requireText(name, "name", 200).requireText(category, "category", 200);
		if (contentNo == null) {
			checks.add(Problem.field("contentNo", "error.required"));
		}
		else if (contentNo < 1 || contentNo > 5) {
			checks.add(Problem.field("contentNo", "error.model.content"));
		}
		if (startedOn == null) {
			checks.add(Problem.field("startedOn", "error.required"));
		}
		else if (startedOn.isAfter(today) || startedOn.getYear() < 1995) {
			checks.add(Problem.field("startedOn", "error.model.startedOn"));
		}
		nonNegative(checks, participants, "participants");
		nonNegative(checks, beneficiaries, "beneficiaries");
		nonNegative(checks, labourDays, "labourDays");
		if (moneyContributed != null && moneyContributed < 0) {
			checks.add(Problem.field("moneyContributed", "error.negative"));
		}
		checks.require(results == null || results.length() <= 4000, "results", "error.tooLong", 4000);
		return checks;
	}

	private static void nonNegative(Checks checks, Integer value, String field) {
		if (value != null && value < 0) {
			checks.add(Problem.field(field, "error.negative"));
		}
	}

	int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	List<Long> areas() {
		return areaIds == null ? List.of() : areaIds.stream().distinct().toList();
	}

}
