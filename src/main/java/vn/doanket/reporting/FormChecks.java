package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.doanket.shared.Problem;

/**
 * The rules of a form over one report's values (totals over member organisations for disaggregated indicators):
 * rules between two values when both are present, and, on submission, the required values.
 */
final class FormChecks {

	private FormChecks() {
	}

	/** Broken rules; {@code values} maps indicator id to the report's value. */
	static List<Problem> rules(ReportForm form, Map<Long, BigDecimal> values) {
		List<Problem> problems = new ArrayList<>();
		for (ValidationRule rule : form.rules()) {
			BigDecimal left = values.get(rule.left().id());
			BigDecimal right = values.get(rule.right().id());
			if (left != null && right != null && !rule.holds(left, right)) {
				problems.add(Problem.field(rule.left().code(), rule.messageCode(), rule.left().nameVi(), plain(left),
						rule.right().nameVi(), plain(right)));
			}
		}
		return problems;
	}

	/** Required values that are missing. */
	static List<Problem> required(ReportForm form, Map<Long, BigDecimal> numbers, Map<Long, String> texts) {
		List<Problem> problems = new ArrayList<>();
		for (ReportForm.Item item : form.items()) {
			long id = item.indicator().id();
			if (item.required() && numbers.get(id) == null && texts.get(id) == null) {
				problems.add(Problem.field(item.indicator().code(), "error.report.requiredValue", item.indicator().nameVi()));
			}
		}
		return problems;
	}

	private static String plain(BigDecimal value) {
		return ValueParser.format(ValueType.DECIMAL, value, null);
	}

}
