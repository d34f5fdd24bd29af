package vn.doanket.plans;

import java.time.format.DateTimeFormatter;

/** A normalised timeframe in words for people: "Thường xuyên", "Hạn 31/03/2023", "01/07/2023 – 31/12/2023". */
final class TimeframeText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private TimeframeText() {
	}

	static String describe(Timeframe timeframe) {
		if (timeframe == null) {
			return "";
		}
		return switch (timeframe.kind()) {
			case ONGOING -> "Thường xuyên";
			case DEADLINE -> "Hạn " + timeframe.end().format(DAY);
			case RANGE -> timeframe.start().format(DAY) + " – " + timeframe.end().format(DAY);
			case UNKNOWN -> timeframe.text() == null ? "" : timeframe.text();
		};
	}

}
