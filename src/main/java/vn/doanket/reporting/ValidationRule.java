package vn.doanket.reporting;

import java.math.BigDecimal;

/** A rule between two values of a form: left ≤ right, left ≥ right or left = right. */
record ValidationRule(Indicator left, String operator, Indicator right) {

	boolean holds(BigDecimal leftValue, BigDecimal rightValue) {
		int c = leftValue.compareTo(rightValue);
		return switch (operator) {
			case "LE" -> c <= 0;
			case "GE" -> c >= 0;
			default -> c == 0;
		};
	}

	String messageCode() {
		return "error.report.rule." + operator;
	}

}
