package vn.doanket.budget;

import java.time.LocalDate;

import vn.doanket.shared.Checks;

/** A spending entry as typed: the line's name, the date, the amount in whole đồng, the voucher number, what was paid. */
public record SpendingInput(String budgetLine, LocalDate spentOn, Long amount, String voucherNumber, String description) {

	/** The line, after checking every field against the estimate's year (all problems at once). */
	BudgetLine check(Estimate estimate) {
		Checks checks = new Checks();
		BudgetLine line = BudgetLine.parse(budgetLine);
		if (budgetLine == null || budgetLine.isBlank()) {
			checks.require(false, "budgetLine", "error.required");
		}
		else {
			checks.require(line != null, "budgetLine", "error.budget.unknownLine", budgetLine);
		}
		if (spentOn == null) {
			checks.require(false, "spentOn", "error.required");
		}
		else {
			checks.require(spentOn.getYear() == estimate.year(), "spentOn", "error.budget.dateOutsideYear", estimate.year());
		}
		if (amount == null) {
			checks.require(false, "amount", "error.required");
		}
		else {
			checks.require(amount > 0, "amount", "error.budget.amountPositive");
		}
		checks.requireText(voucherNumber, "voucherNumber", 32);
		checks.requireText(description, "description", 500);
		checks.require(estimate.approved(), "status", "error.budget.spendingNeedsApproval");
		checks.throwIfAny();
		return line;
	}

}
