package vn.doanket.budget;

import java.time.LocalDate;

/**
 * One spending entry against a line of an approved estimate, or the reversal of one ({@code reversalOf} set, a negative
 * amount); {@code reversed} tells that an entry has been reversed.
 */
public record Spending(long id, long estimateId, BudgetLine line, LocalDate spentOn, long amount, String voucherNumber,
		String description, String recordedBy, Long reversalOf, boolean reversed) {
}
