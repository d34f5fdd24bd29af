package vn.doanket.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settlement report (quyết toán) of an estimate: per line the estimate, the spending, the difference and the
 * execution rate (percent, one decimal), and the totals. Built from {@link EstimateView}, so it equals the page.
 */
public record Settlement(String unitCode, String unitName, int year, Estimate.Status status, List<Row> lines,
		EstimateView.Totals totals) {

	public record Row(BudgetLine line, String label, long estimate, long spent, long difference, BigDecimal rate) {
	}

	static Settlement of(EstimateView view, java.util.function.Function<BudgetLine, String> label) {
		Estimate e = view.estimate();
		List<Row> rows = view.lines()
			.stream()
			.map(l -> new Row(l.line(), label.apply(l.line()), l.amount(), l.spent(), l.difference(), l.rate()))
			.toList();
		return new Settlement(e.unitCode(), e.unitName(), e.year(), e.status(), rows, view.totals());
	}

}
