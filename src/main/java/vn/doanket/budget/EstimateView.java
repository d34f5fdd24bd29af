package vn.doanket.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An estimate as shown on its page and in the API: per line the estimate, the norm-based minimum (commune estimates
 * only), the spending, what remains and the execution rate; the totals; the warnings; adjustments and spending entries.
 */
public record EstimateView(Estimate estimate, List<LineView> lines, Totals totals, List<Warning> warnings,
		List<Adjustment> adjustments, List<Spending> spending) {

	/** One line. {@code norm} is null where no norm applies; {@code rate} (percent) is null for a line of 0 đ. */
	public record LineView(BudgetLine line, long amount, Long norm, long spent, long difference, BigDecimal rate,
			boolean belowNorm, boolean overEstimate) {

		static LineView of(BudgetLine line, long amount, Long norm, long spent) {
			return new LineView(line, amount, norm, spent, amount - spent, EstimateView.rate(spent, amount), norm != null && amount < norm,
					spent > amount);
		}

	}

	public record Totals(long amount, long spent, long difference, BigDecimal rate) {

		static Totals of(List<LineView> lines) {
			long amount = lines.stream().mapToLong(LineView::amount).sum();
			long spent = lines.stream().mapToLong(LineView::spent).sum();
			return new Totals(amount, spent, amount - spent, EstimateView.rate(spent, amount));
		}

	}

	/** {@code BELOW_NORM} or {@code OVER_ESTIMATE}, for a line, with its message in the user's language. */
	public record Warning(String kind, BudgetLine line, String message) {
	}

	/** Spending as a percentage of the estimate, one decimal; null when nothing was estimated. */
	static BigDecimal rate(long spent, long amount) {
		if (amount == 0) {
			return null;
		}
		return BigDecimal.valueOf(spent).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(amount), 1, RoundingMode.HALF_UP);
	}

}
