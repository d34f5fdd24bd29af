package vn.doanket.fund;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.doanket.shared.InvalidInputException;

/**
 * Splits UTF-8 CSV text (with or without BOM) into records, each with the physical line where it starts. A quoted
 * field may contain delimiters, doubled quotes and line breaks. The text is first cut into records following the
 * quoting rules, then each record is split into cells on its own (a small parser, as one CSV parser per record was the
 * slowest part of reading a 200,000-line statement), so that one badly quoted record is reported
 * alone instead of ending the read: when a record cannot be parsed, only its first physical line is given up and
 * reading resumes on the next line.
 */
final class CsvRecords {

	static final String BROKEN_QUOTES = "error.statement.quotes";

	private CsvRecords() {
	}

	static List<RawRecord> read(byte[] content, char delimiter) {
		String text = decode(content);
		List<RawRecord> records = new ArrayList<>();
		int at = 0;
		int line = 1;
		while (at < text.length()) {
			int end = recordEnd(text, at, delimiter);
			String raw = text.substring(at, end);
			int next = skipLineBreak(text, end);
			List<String> cells = parse(raw, delimiter);
			if (cells != null) {
				records.add(RawRecord.of(line, cells, raw));
				line += lineBreaks(text, at, next);
				at = next;
			}
			else {
				int firstLineEnd = lineEnd(text, at);
				records.add(RawRecord.broken(line, text.substring(at, firstLineEnd), BROKEN_QUOTES));
				at = skipLineBreak(text, firstLineEnd);
				line++;
			}
		}
		return records;
	}

	private static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
		if (text.indexOf('\0') >= 0) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * The cells of one record, or {@code null} when its quoting is broken: a quoted field must close and be followed by
	 * the delimiter or the end of the record; a doubled quote inside it stands for one quote; quotes inside an unquoted
	 * field are kept as they are.
	 */
	static List<String> parse(String raw, char delimiter) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		int n = raw.length();
		while (true) {
			cell.setLength(0);
			if (i < n && raw.charAt(i) == '"') {
				i++;
				boolean closed = false;
				while (i < n) {
					char c = raw.charAt(i++);
					if (c == '"') {
						if (i < n && raw.charAt(i) == '"') {
							cell.append('"');
							i++;
						}
						else {
							closed = true;
							break;
						}
					}
					else {
						cell.append(c);
					}
				}
				if (!closed || (i < n && raw.charAt(i) != delimiter)) {
					return null;
				}
			}
			else {
				int end = raw.indexOf(delimiter, i);
				end = end < 0 ? n : end;
				cell.append(raw, i, end);
				i = end;
			}
			cells.add(cell.toString());
			if (i >= n) {
				return cells;
			}
			i++;
		}
	}

	/** Where the record starting at {@code from} ends: the first line break outside quotes, or the end of the text. */
	private static int recordEnd(String text, int from, char delimiter) {
		boolean fieldStart = true;
		boolean quoted = false;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						i++;
					}
					else {
						quoted = false;
					}
				}
			}
			else if (c == '\n' || c == '\r') {
				return i;
			}
			else if (c == delimiter) {
				fieldStart = true;
				continue;
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
			}
			fieldStart = false;
		}
		return text.length();
	}

	private static int lineEnd(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		return i;
	}

	private static int skipLineBreak(String text, int at) {
		if (at < text.length() && text.charAt(at) == '\r') {
			at++;
		}
		if (at < text.length() && text.charAt(at) == '\n') {
			at++;
		}
		return at;
	}

	/** Line breaks between {@code from} and {@code to}; "\r\n" counts once. */
	private static int lineBreaks(String text, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
				count++;
			}
		}
		return count;
	}

}
