package vn.doanket.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.doanket.shared.InvalidInputException;

/**
 * One EMVCo data object: a two-digit ID, a two-digit length and that many characters of value. Templates (IDs 26–51,
 * 62, 64) hold further data objects in their value; read them with {@link #children()}.
 */
record Tlv(String id, String value) {

	/** Writes one data object; the value must be at most 99 characters. */
	static String encode(String id, String value) {
		if (id.length() != 2 || value.length() > 99) {
			throw new IllegalArgumentException("Data object " + id + " cannot hold " + value.length() + " characters");
		}
		return id + (value.length() < 10 ? "0" : "") + value.length() + value;
	}

	/** Reads a sequence of data objects; refuses text that does not split exactly into them. */
	static List<Tlv> parse(String text) {
		if (text == null || text.isEmpty()) {
			throw malformed();
		}
		List<Tlv> objects = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			if (at + 4 > text.length() || !digits(text, at, at + 4)) {
				throw malformed();
			}
			int length = Integer.parseInt(text.substring(at + 2, at + 4));
			int end = at + 4 + length;
			if (end > text.length()) {
				throw malformed();
			}
			objects.add(new Tlv(text.substring(at, at + 2), text.substring(at + 4, end)));
			at = end;
		}
		return List.copyOf(objects);
	}

	/** The value of the first data object with this ID. */
	static Optional<String> find(List<Tlv> objects, String id) {
		return objects.stream().filter(o -> o.id.equals(id)).map(Tlv::value).findFirst();
	}

	/** The data objects nested in this one's value. */
	List<Tlv> children() {
		return parse(value);
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static InvalidInputException malformed() {
		return InvalidInputException.of("qrPayload", "error.vietqr.malformed");
	}

}
