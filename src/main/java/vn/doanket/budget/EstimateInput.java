package vn.doanket.budget;

import java.util.EnumMap;
import java.util.Map;

import vn.doanket.shared.Checks;

/**
 * A new estimate: the committee's unit code, the year and the amounts by line name (missing lines are 0). Also used
 * to change a draft's lines, where the unit and the year are ignored.
 */
public record EstimateInput(String unitCode, Integer year, Map<String, Long> lines) {

	/** The amounts by line, or every problem at once (an unknown line, a negative amount). */
	static Map<BudgetLine, Long> amounts(Map<String, Long> lines, Checks checks) {
		Map<BudgetLine, Long> amounts = new EnumMap<>(BudgetLine.class);
		if (lines == null) {
			return amounts;
		}
		lines.forEach((name, amount) -> {
			BudgetLine line = BudgetLine.parse(name);
			if (line == null) {
				checks.require(false, "budgetLine", "error.budget.unknownLine", name);
			}
			else if (amount == null) {
				checks.require(false, "lines." + line.name(), "error.required");
			}
			else if (amount < 0) {
				checks.require(false, "lines." + line.name(), "error.negative");
			}
			else {
				amounts.put(line, amount);
			}
		});
		return amounts;
	}

}
