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

	static String folded(String description) {
		return TextFolding.fold(description).replaceAll("[^a-z0-9]", "");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
