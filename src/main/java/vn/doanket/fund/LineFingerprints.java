package vn.doanket.fund;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import vn.doanket.shared.TextFolding;

/**
 * Gives the lines of one file their fingerprints, counting identical transactions across the calls for one file; the
 * rule is in {@link StatementReader}. The keys and their hashes are computed on every core; only the counting follows
 * the file's order.
 */
final class LineFingerprints {

	private final Map<String, Integer> occurrences = new HashMap<>();

	/** The lines, which follow those of the earlier calls in the file, in the same order, each with its fingerprint. */
	List<StatementLine> stamp(List<StatementLine> lines) {
		String[] keys = new String[lines.size()];
		IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = key(lines.get(i)));
		for (int i = 0; i < keys.length; i++) {
			keys[i] = keys[i] + "|" + (occurrences.merge(keys[i], 1, Integer::sum) - 1);
		}
		StatementLine[] stamped = new StatementLine[keys.length];
		IntStream.range(0, keys.length).parallel().forEach(i -> {
			StatementLine line = lines.get(i);
			stamped[i] = new StatementLine(line.lineNumber(), line.date(), line.time(), line.amount(), line.description(),
					line.reference(), line.balance(), line.counterAccount(), line.rawText(), hash(keys[i]));
		});
		return Arrays.asList(stamped);
	}

	private static String key(StatementLine line) {
		return line.date() + "|" + line.amount() + "|" + (line.reference() == null ? "" : line.reference()) + "|"
				+ folded(line.description());
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

	/** The first 128 bits of the SHA-256 of the key, as a UUID (how the database keeps it). */
	private static String hash(String key) {
		ByteBuffer digest = ByteBuffer.wrap(SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8)));
		return new UUID(digest.getLong(), digest.getLong()).toString();
	}

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	});

}
