package vn.doanket.fund;

import java.time.LocalDate;

import vn.doanket.shared.InvalidInputException;

/** The books of a fund are closed through a date: nothing may be posted on or before it, and closing moves forward. */
final class PeriodLock {

	private PeriodLock() {
	}

	static boolean isOpen(LocalDate closedThrough, LocalDate date) {
		return closedThrough == null || date.isAfter(closedThrough);
	}

	static void requireOpen(LocalDate closedThrough, LocalDate date, String field) {
		if (!isOpen(closedThrough, date)) {
			throw InvalidInputException.of(field, "error.fund.periodClosed", closedThrough);
		}
	}

	static void requireLater(LocalDate closedThrough, LocalDate newClosing, LocalDate today) {
		if (newClosing == null) {
			throw InvalidInputException.of("closedThrough", "error.required");
		}
		if (closedThrough != null && !newClosing.isAfter(closedThrough)) {
			throw InvalidInputException.of("closedThrough", "error.fund.closingBackwards", closedThrough);
		}
		if (newClosing.isAfter(today)) {
			throw InvalidInputException.of("closedThrough", "error.fund.closingFuture");
		}
	}

}
