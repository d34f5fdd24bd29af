package vn.doanket.plans.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what follows the body: the recipients after "Nơi nhận:" and the signature block ("TM. BAN THƯỜNG TRỰC",
 * "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the signer's name), in either order, as Word tables often put them side by side.
 */
final class TailParser {

	/** Recipients, signature ({@code null} when absent), closing sentences and lines that fit nowhere. */
	record Tail(List<Recipient> recipients, Signature signature, List<String> closing, List<String> loose) {
	}

	private static final Pattern AUTHORITY = Pattern.compile("^(tm|kt|tl|tuq|q)\\s?\\.\\s*\\S.*");

	private static final Set<String> POSITIONS = Set.of("chu tich", "pho chu tich", "truong ban", "pho truong ban",
			"bi thu", "pho bi thu", "uy vien thuong truc", "chanh van phong", "pho chanh van phong", "truong ban thuong truc");

	private static final Pattern PURPOSE = Pattern
		.compile("\\(\\s*(?:de\\s+)?(b\\s*/\\s*c|bao cao|t\\s*/\\s*h|thuc hien|p\\s*/\\s*h|phoi hop)\\s*\\)");

	private static final Pattern SIGNED = Pattern.compile("^\\(?\\s*(da ky|ky,|ky ten|ky va|ky ghi ro).*");

	private TailParser() {
	}

	/** Whether the line opens the tail: "Nơi nhận:" or the first line of a signature block. */
	static boolean opens(String line) {
		return Lines.startsWithWords(line, "noi nhan") || signatureLine(line);
	}

	private static boolean signatureLine(String line) {
		String folded = Lines.fold(line).strip();
		if (AUTHORITY.matcher(folded).matches()) {
			return true;
		}
		return line.equals(line.toUpperCase(Locale.ROOT)) && POSITIONS.contains(folded.replaceAll("[^a-z ]", "").strip());
	}

	static Tail parse(List<String> lines) {
		List<Recipient> recipients = new ArrayList<>();
		List<String> authority = new ArrayList<>();
		List<String> positions = new ArrayList<>();
		List<String> other = new ArrayList<>();
		List<String> closing = new ArrayList<>();
		List<String> loose = new ArrayList<>();
		String name = null;
		boolean inRecipients = false;
		boolean inSignature = false;
		for (String line : lines) {
			String folded = Lines.fold(line);
			if (folded.startsWith("noi nhan")) {
				inRecipients = true;
				inSignature = false;
				int colon = line.indexOf(':');
				String rest = colon < 0 ? "" : Lines.trim(line.substring(colon + 1));
				if (!rest.isEmpty()) {
					recipients.add(recipient(rest));
				}
			}
			else if (signatureLine(line)) {
				inSignature = true;
				inRecipients = false;
				(AUTHORITY.matcher(folded.strip()).matches() ? authority : positions).add(line);
			}
			else if (folded.startsWith("tren day la")) {
				closing.add(line);
			}
			else if (inSignature && SIGNED.matcher(folded).matches()) {
				other.add(line);
			}
			else if (inSignature && name == null && personName(line)) {
				name = line;
			}
			else if (inRecipients && (Lines.bullet(line) || line.length() <= 120)) {
				recipients.add(recipient(line));
			}
			else if (inSignature) {
				other.add(line);
			}
			else {
				loose.add(line);
			}
		}
		Signature signature = null;
		if (!authority.isEmpty() || !positions.isEmpty() || name != null) {
			String position = positions.isEmpty() ? null : positions.get(positions.size() - 1);
			if (positions.size() > 1) {
				other.addAll(0, positions.subList(0, positions.size() - 1));
			}
			signature = new Signature(List.copyOf(authority), position, name, List.copyOf(other));
		}
		else {
			loose.addAll(other);
		}
		return new Tail(List.copyOf(recipients), signature, List.copyOf(closing), List.copyOf(loose));
	}

	static Recipient recipient(String line) {
		String text = Lines.unbulleted(line);
		if (text.isEmpty()) {
			text = line;
		}
		String folded = Lines.fold(text);
		Recipient.Purpose purpose = Recipient.Purpose.NONE;
		String name = text;
		Matcher m = PURPOSE.matcher(folded);
		if (folded.startsWith("luu")) {
			purpose = Recipient.Purpose.LUU;
			name = text.replaceFirst("^\\S+\\s*:?\\s*", "");
		}
		else if (m.find()) {
			String code = m.group(1).replaceAll("\\s", "");
			purpose = switch (code) {
				case "b/c", "baocao" -> Recipient.Purpose.B_C;
				case "t/h", "thuchien" -> Recipient.Purpose.T_H;
				default -> Recipient.Purpose.P_H;
			};
			name = text.substring(0, m.start()) + text.substring(m.end());
		}
		name = name.replaceAll("[\\s.,;:]+$", "").strip();
		return new Recipient(text, name.isEmpty() ? text : name, purpose);
	}

	/** A signer's name: two to six words, each starting with a capital, not all in capitals, no digits. */
	private static boolean personName(String line) {
		String[] words = line.strip().split("\\s+");
		if (words.length < 2 || words.length > 6 || line.equals(line.toUpperCase(Locale.ROOT)) || line.matches(".*\\d.*")) {
			return false;
		}
		for (String word : words) {
			if (!Character.isUpperCase(word.charAt(0))) {
				return false;
			}
		}
		return true;
	}

}
