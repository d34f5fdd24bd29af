package vn.doanket.documents;

import java.text.Normalizer;
import java.util.List;

/** Checks and normalisation shared by the document records: every text is stored in Unicode NFC. */
final class Texts {

	private Texts() {
	}

	/** The text in NFC; fails when it is null or blank. */
	static String required(String text, String name) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return nfc(text.strip());
	}

	/** The text in NFC, or {@code null} when it is null or blank. */
	static String optional(String text) {
		return text == null || text.isBlank() ? null : nfc(text.strip());
	}

	/** Every text required and in NFC, as an unmodifiable list. */
	static List<String> requiredAll(List<String> texts, String name) {
		if (texts == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return texts.stream().map(t -> required(t, name)).toList();
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** The lines of a text that may carry explicit line breaks. */
	static List<String> lines(String text) {
		return List.of(text.split("\\R"));
	}

}
