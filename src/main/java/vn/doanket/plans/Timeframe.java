package vn.doanket.plans;

import java.time.LocalDate;

/**
 * When a plan item is to be done, as written in the plan ({@code text}) and normalised: ongoing work, a deadline
 * ({@code end} only), a range of dates (both ends inclusive) or a wording that could not be understood.
 */
public record Timeframe(Kind kind, LocalDate start, LocalDate end, String text) {

	public enum Kind {

		ONGOING, DEADLINE, RANGE, UNKNOWN

	}

	public static Timeframe ongoing(String text) {
		return new Timeframe(Kind.ONGOING, null, null, text);
	}

	public static Timeframe deadline(LocalDate end, String text) {
		return new Timeframe(Kind.DEADLINE, null, end, text);
	}

	public static Timeframe range(LocalDate start, LocalDate end, String text) {
		return new Timeframe(Kind.RANGE, start, end, text);
	}

	public static Timeframe unknown(String text) {
		return new Timeframe(Kind.UNKNOWN, null, null, text);
	}

}
