package vn.doanket.budget;

import vn.doanket.shared.InvalidInputException;

/** Budget years accepted by the module. */
final class Years {

	static final int FIRST = 2000;

	static final int LAST = 2100;

	private Years() {
	}

	static int check(Integer year) {
		if (year == null) {
			throw InvalidInputException.of("year", "error.required");
		}
		if (year < FIRST || year > LAST) {
			throw InvalidInputException.of("year", "error.budget.yearRange", FIRST, LAST);
		}
		return year;
	}

}
