package vn.doanket.budget;

import java.time.LocalDate;

/** One spending entry against a line of an approved estimate. */
public record Spending(long id, long estimateId, BudgetLine line, LocalDate spentOn, long amount, String voucherNumber,
		String description, String recordedBy) {
}
