package vn.doanket.budget;

import vn.doanket.shared.Checks;

/**
 * A province's norms as typed, in whole đồng and households. Thông tư 121/2017/TT-BTC sets minimums: a province may
 * set more, never less, and never a negative amount.
 */
public record NormInput(Long communeMinimum, Long areaBase, Integer areaThreshold, Integer areaStepHouseholds,
		Long areaStepAmount, Long difficultBonus, Long unityDayGrant) {

	/** The checked norms, or every problem at once (each naming its field). */
	BudgetNorms toNorms() {
		Checks checks = new Checks();
		BudgetNorms minimum = BudgetNorms.NATIONAL_MINIMUM;
		amount(checks, communeMinimum, "communeMinimum", minimum.communeMinimum());
		amount(checks, areaBase, "areaBase", minimum.areaBase());
		amount(checks, areaStepAmount, "areaStepAmount", 0);
		amount(checks, difficultBonus, "difficultBonus", 0);
		amount(checks, unityDayGrant, "unityDayGrant", 0);
		households(checks, areaThreshold, "areaThreshold");
		households(checks, areaStepHouseholds, "areaStepHouseholds");
		checks.throwIfAny();
		return new BudgetNorms(communeMinimum, areaBase, areaThreshold, areaStepHouseholds, areaStepAmount, difficultBonus,
				unityDayGrant);
	}

	private static void amount(Checks checks, Long value, String field, long floor) {
		if (value == null) {
			checks.require(false, field, "error.required");
		}
		else if (value < 0) {
			checks.require(false, field, "error.negative");
		}
		else {
			checks.require(value >= floor, field, "error.budget.belowNationalMinimum", Money.format(floor));
		}
	}

	private static void households(Checks checks, Integer value, String field) {
		if (value == null) {
			checks.require(false, field, "error.required");
		}
		else {
			checks.require(value >= 1 && value <= 100_000, field, "error.budget.householdsRange");
		}
	}

}
