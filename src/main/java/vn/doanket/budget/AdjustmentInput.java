package vn.doanket.budget;

import vn.doanket.shared.Checks;

/** A change of an approved estimate's line: the line's name, its new amount and the reason. */
public record AdjustmentInput(String budgetLine, Long amount, String adjustmentReason) {

	BudgetLine check(Estimate estimate) {
		Checks checks = new Checks();
		BudgetLine line = BudgetLine.parse(budgetLine);
		if (budgetLine == null || budgetLine.isBlank()) {
			checks.require(false, "budgetLine", "error.required");
		}
		else {
			checks.require(line != null, "budgetLine", "error.budget.unknownLine", budgetLine);
		}
		if (amount == null) {
			checks.require(false, "amount", "error.required");
		}
		else {
			checks.require(amount >= 0, "amount", "error.negative");
		}
		checks.requireText(adjustmentReason, "adjustmentReason", 1000);
		checks.require(estimate.approved(), "status", "error.budget.adjustDraft");
		checks.throwIfAny();
		return line;
	}

}
