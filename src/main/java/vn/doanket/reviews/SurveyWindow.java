package vn.doanket.reviews;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The survey window of guidance 90: a round is carried out within 20 working days. Working days are Monday to Friday;
 * public holidays are not subtracted, so a window over a holiday is judged one day stricter than the calendar.
 */
final class SurveyWindow {

	static final int MAX_WORKING_DAYS = 20;

	private SurveyWindow() {
	}

	/** Monday-to-Friday days from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from}). */
	static int workingDays(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

}
