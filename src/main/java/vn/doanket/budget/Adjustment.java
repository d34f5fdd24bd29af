package vn.doanket.budget;

import java.time.Instant;

/** A change of an approved estimate's line, with its reason. */
public record Adjustment(long id, BudgetLine line, long oldAmount, long newAmount, String reason, String adjustedBy,
		Instant adjustedAt) {
}
