package vn.doanket.fund;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import vn.doanket.shared.TextFolding;

/** Gives the lines of one file their fingerprints, counting identical transactions; the rule is in {@link StatementReader}. */
final class LineFingerprints {

	private final Map<String, Integer> occurrences = new HashMap<>();

	StatementLine stamp(StatementLine line) {
		String key = line.date() + "|" + line.amount() + "|" + (line.reference() == null ? "" : line.reference()) + "|"
				+ folded(line.description());
		int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
		return new StatementLine(line.lineNumber(), line.date(), line.time(), line.amount(), line.description(),
				line.reference(), line.balance(), line.counterAccount(), line.rawText(), sha256(key + "|" + occurrence));
	}

	/**
	 * The letters and digits of a description, without accents, in lower case ("Đắk Glei!" → "dakglei"): the same as
	 * {@link TextFolding#fold} without what is neither a letter nor a digit, computed a character at a time because it
	 * runs for every line of large statements.
	 */
	static String folded(String description) {
		StringBuilder out = new StringBuilder(description.length());
		for (int i = 0; i < description.length(); i++) {
			char c = description.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				out.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				out.append((char) (c + 32));
			}
			else if (c >= 128) {
				out.append(SearchWords.folded(c));
			}
		}
		return out.toString();
	}

	private final MessageDigest sha256 = sha256();

	private String sha256(String text) {
		return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
