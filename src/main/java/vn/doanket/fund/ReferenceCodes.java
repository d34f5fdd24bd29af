package vn.doanket.fund;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The system's payment references, such as {@code DK7F3K9QX2MA}: "DK", nine random characters and one check
 * character, all from Crockford's base-32 alphabet (digits and upper-case letters without I, L, O and U, so that no
 * two characters look alike). Twelve characters fit the 25 allowed in a VietQR purpose, next to a few words.
 * <p>
 * The check character (Luhn mod 32 over the eleven before it) catches any single mistyped character and almost every
 * swap of two neighbours, and keeps chance look-alikes in ordinary transfer descriptions from being taken for codes.
 * <p>
 * Banks and donors mangle descriptions: lower case, spaces or dots inserted by PDF-to-text conversions ("DK7F3 K9QX2MA",
 * "dk.7f3k9qx2ma"), O typed for 0, I or L for 1. {@link #find(String)} sees through all of that, but the "DK" must
 * start a word: "ADK7F3K9QX2MA" is not a reference.
 */
final class ReferenceCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final String PREFIX = "DK";

	static final int RANDOM_LENGTH = 9;

	static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + 1;

	private final RandomGenerator random;

	ReferenceCodes() {
		this(new SecureRandom());
	}

	ReferenceCodes(RandomGenerator random) {
		this.random = random;
	}

	/** A new reference; uniqueness against those already issued is the caller's database constraint. */
	String next() {
		StringBuilder code = new StringBuilder(PREFIX);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.append(ALPHABET.charAt(checkValue(code))).toString();
	}

	static boolean isValid(String code) {
		if (code == null || code.length() != LENGTH || !code.startsWith(PREFIX)) {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return checkValue(code.substring(0, LENGTH - 1)) == ALPHABET.indexOf(code.charAt(LENGTH - 1));
	}

	/** The first valid reference written in a bank description, in its canonical form. */
	static Optional<String> find(String description) {
		if (description == null) {
			return Optional.empty();
		}
		String text = description.toUpperCase(Locale.ROOT);
		StringBuilder compact = new StringBuilder();
		StringBuilder wordStarts = new StringBuilder();
		boolean afterWord = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				compact.append(c);
				wordStarts.append(afterWord ? '-' : 'S');
				afterWord = true;
			}
			else if (!isJoiner(c)) {
				compact.append('|');
				wordStarts.append('-');
				afterWord = false;
			}
			else {
				afterWord = false;
			}
		}
		for (int at = compact.indexOf(PREFIX); at >= 0; at = compact.indexOf(PREFIX, at + 1)) {
			if (wordStarts.charAt(at) == 'S' && at + LENGTH <= compact.length()) {
				String candidate = PREFIX + canonical(compact.substring(at + PREFIX.length(), at + LENGTH));
				if (isValid(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** Characters that conversions insert inside a word without ending it. */
	private static boolean isJoiner(char c) {
		return c == ' ' || c == '.' || c == '-' || c == '_' || c == '\t' || c == '\r' || c == '\n';
	}

	private static String canonical(String chars) {
		return chars.replace('O', '0').replace('I', '1').replace('L', '1');
	}

	/** Luhn mod 32: the value that makes the weighted sum of the whole code a multiple of 32. */
	private static int checkValue(CharSequence payload) {
		int n = ALPHABET.length();
		int sum = 0;
		boolean doubled = true;
		for (int i = payload.length() - 1; i >= 0; i--) {
			int addend = ALPHABET.indexOf(payload.charAt(i)) * (doubled ? 2 : 1);
			sum += addend / n + addend % n;
			doubled = !doubled;
		}
		return (n - sum % n) % n;
	}

}
