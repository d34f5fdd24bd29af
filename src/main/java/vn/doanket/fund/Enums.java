package vn.doanket.fund;

import java.util.Locale;

/** Lenient parsing of enum names typed by people or sent by scripts. */
final class Enums {

	private Enums() {
	}

	/** The constant named {@code value} (any case, surrounding spaces ignored), or {@code null}. */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
