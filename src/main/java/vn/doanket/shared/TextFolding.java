package vn.doanket.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Accent-free lower-case text, the Java twin of the database function {@code fold}: "Đắk Glei" → "dak glei". */
public final class TextFolding {

	private TextFolding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
	}

}
