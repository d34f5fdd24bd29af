package vn.doanket.activities;

import java.time.LocalDate;

import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;

/** What a commune records for a residential area's festival in a year. */
public record FestivalInput(Boolean held, LocalDate heldOn, Integer attendance, String leadersLevel, String ceremonyParts,
		String festivityParts, Long budgetMoney, Long socialMoney, Integer householdsCommended, Integer individualsCommended) {

	Checks check(int year) {
		Checks checks = new Checks();
		if (held == null) {
			checks.add(Problem.field("held", "error.required"));
			return checks;
		}
		if (held) {
			checks.require(heldOn != null, "heldOn", "error.required");
			checks.require(heldOn == null || heldOn.getYear() == year, "heldOn", "error.festival.dateOutsideYear", year);
		}
		else {
			checks.require(heldOn == null, "heldOn", "error.festival.notHeldButDated");
			checks.require(attendance == null || attendance == 0, "attendance", "error.festival.notHeldButAttended");
		}
		nonNegative(checks, attendance, "attendance");
		nonNegative(checks, householdsCommended, "householdsCommended");
		nonNegative(checks, individualsCommended, "individualsCommended");
		checks.require(budgetMoney == null || budgetMoney >= 0, "budgetMoney", "error.negative");
		checks.require(socialMoney == null || socialMoney >= 0, "socialMoney", "error.negative");
		checks.require(leadersLevel == null || leadersLevel.isBlank() || LEVELS.contains(leadersLevel), "leadersLevel",
				"error.festival.leadersLevel", leadersLevel);
		return checks;
	}

	static final java.util.List<String> LEVELS = java.util.List.of("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE");

	private static void nonNegative(Checks checks, Integer value, String field) {
		checks.require(value == null || value >= 0, field, "error.negative");
	}

}
