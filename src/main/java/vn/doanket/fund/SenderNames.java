package vn.doanket.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.doanket.shared.TextFolding;

/**
 * Best-effort guess of the donor's name in a transfer description, to pre-fill the fund ledger; a person confirms it.
 * Empty when unsure: a wrong name published on a transparency ledger is worse than none.
 * <p>
 * In order of trust:
 * <ol>
 * <li>the account holder that Vietcombank writes after "CT tu &lt;account&gt;" ("...CT tu 0101001222009 CAO VIET TUAN
 * toi 0011001932418 ..."), or the "BO:" field of inter-bank transfers;</li>
 * <li>otherwise the words that open the donor's own text, once the bank's technical prefix is removed ("MBVCB.&lt;n&gt;.",
 * "&lt;6&gt;.&lt;6&gt;.&lt;6&gt;.", "IBFT ", "0200970….&lt;n&gt;.&lt;time&gt;.Vietcombank:&lt;account&gt;:", MoMo's
 * "…-&lt;phone&gt;_", "MB(&lt;n&gt;)(…)"): two to five words all in capitals or all capitalised, the first a common
 * Vietnamese family name, stopping before the words that start a message ("chuyen tien", "ung ho", "ho tro"…).</li>
 * </ol>
 * PDF conversions sometimes cut the first word ("NGUYE N THI VAN", "D O THI HANG"); the two pieces are joined when
 * together they make a family name.
 */
final class SenderNames {

	private static final Pattern ACCOUNT_HOLDER = Pattern.compile("\\bCT tu \\d+ ([A-Z][A-Z ]*[A-Z]) toi \\d");

	private static final Pattern INTERBANK_SENDER = Pattern.compile("\\bBO:([A-Z][A-Z ]*[A-Z])\\.");

	private static final Pattern MB_APP = Pattern.compile("^MB\\(\\d+\\)\\((.*)\\)$");

	private static final List<Pattern> PREFIXES = List.of(Pattern.compile("^(?:MB|IB)VCB\\.\\d+\\.(?:\\d{6}\\.)?"),
			Pattern.compile("^\\d{6}\\.\\d{6}\\.\\d{6}\\."), Pattern.compile("^0200970[0-9A-Za-z]+\\.[0-9 .]*\\d\\."),
			Pattern.compile("^PARTNER\\.DIRECT_DEBITS_VCB\\.(?:[^_]*-\\d+_|[^ ]*\\.\\d{8}\\.)"),
			Pattern.compile("^Vietcombank:\\d+:"), Pattern.compile("^IBFT "));

	private static final Set<String> FAMILY_NAMES = Set.of("an", "au", "bach", "bui", "cao", "chau", "chu", "cu", "dam",
			"dang", "dao", "diep", "dinh", "do", "doan", "duong", "giang", "ha", "hoang", "ho", "hua", "huynh", "khuat",
			"kieu", "kim", "la", "lai", "lam", "le", "lo", "luong", "luu", "ly", "mac", "mai", "ngo", "nghiem", "nguyen",
			"ninh", "nong", "ong", "phan", "pham", "phung", "quach", "ta", "tang", "thach", "thai", "to", "ton", "tong",
			"tran", "trieu", "trinh", "truong", "vi", "vo", "vu", "vuong");

	private static final Set<String> MESSAGE_WORDS = Set.of("chuyen", "ck", "ct", "ung", "ungr", "gui", "quyen", "gop",
			"cam", "chuc", "xin", "giup", "mong", "tang", "nop", "cuu", "khac", "khong", "cho", "cua", "va", "con", "em",
			"ft", "ma", "gd", "mhs", "qua");

	private static final int MAX_WORDS = 5;

	private SenderNames() {
	}

	static Optional<String> guess(String description) {
		if (description == null || description.isBlank()) {
			return Optional.empty();
		}
		String text = PublicText.collapseSpaces(description.strip());
		Optional<String> field = field(text, "CT tu ", ACCOUNT_HOLDER).or(() -> field(text, "BO:", INTERBANK_SENDER));
		if (field.isPresent()) {
			return field;
		}
		return leadingName(withoutPrefix(text));
	}

	/** A name in a field the bank writes; the regular expression runs only when its marker is there. */
	private static Optional<String> field(String text, String marker, Pattern pattern) {
		if (!text.contains(marker)) {
			return Optional.empty();
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.find() && matcher.group(1).contains(" ") ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static String withoutPrefix(String text) {
		if (text.startsWith("MB(")) {
			Matcher app = MB_APP.matcher(text);
			if (app.matches()) {
				return app.group(1).strip();
			}
		}
		for (Pattern prefix : PREFIXES) {
			Matcher matcher = prefix.matcher(text);
			if (matcher.lookingAt()) {
				text = text.substring(matcher.end()).strip();
			}
		}
		return text;
	}

	private static Optional<String> leadingName(String text) {
		List<String> tokens = new ArrayList<>(List.of(text.split(" ")));
		if (tokens.size() > 1 && !FAMILY_NAMES.contains(fold(tokens.get(0)))
				&& FAMILY_NAMES.contains(fold(tokens.get(0) + tokens.get(1)))
				&& (tokens.get(0) + tokens.get(1)).equals((tokens.get(0) + tokens.get(1)).toUpperCase())) {
			tokens.set(1, tokens.get(0) + tokens.get(1));
			tokens.remove(0);
		}
		if (tokens.isEmpty() || !isWord(tokens.get(0)) || !FAMILY_NAMES.contains(fold(tokens.get(0)))) {
			return Optional.empty();
		}
		List<String> name = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String bare = token.replaceAll("[.,;:]+$", "");
			boolean messageStarts = MESSAGE_WORDS.contains(fold(bare))
					|| ("ho".equals(fold(bare)) && i + 1 < tokens.size() && fold(tokens.get(i + 1)).startsWith("tro"));
			if (!isWord(bare) || messageStarts || !sameStyle(tokens.get(0), bare)) {
				break;
			}
			name.add(bare);
			if (name.size() > MAX_WORDS) {
				return Optional.empty();
			}
			if (!bare.equals(token)) {
				break;
			}
		}
		return name.size() >= 2 ? Optional.of(String.join(" ", name)) : Optional.empty();
	}

	private static boolean isWord(String token) {
		return !token.isEmpty() && token.chars().allMatch(Character::isLetter);
	}

	/** Both all capitals, or both capitalised with the rest in small letters. */
	private static boolean sameStyle(String first, String token) {
		boolean capitals = first.equals(first.toUpperCase());
		if (capitals) {
			return token.equals(token.toUpperCase());
		}
		return Character.isUpperCase(token.charAt(0)) && token.substring(1).equals(token.substring(1).toLowerCase());
	}

	/**
	 * {@link TextFolding#fold} of a word without spaces, a character at a time through a table (it runs several times
	 * for every line of large statements): "đ" as "d", accents dropped, lower case.
	 */
	static String fold(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 128) {
				out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
			}
			else {
				out.append(c < FOLDED.length ? FOLDED[c] : TextFolding.fold(String.valueOf(c)));
			}
		}
		return out.toString();
	}

	private static final String[] FOLDED = new String[0x2000];

	static {
		for (char c = 128; c < FOLDED.length; c++) {
			FOLDED[c] = TextFolding.fold(String.valueOf(c));
		}
	}

}
