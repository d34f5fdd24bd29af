package vn.doanket.fund;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.doanket.shared.InvalidInputException;

/**
 * Splits UTF-8 CSV text (with or without BOM) into records, each with the physical line where it starts. A quoted
 * field may contain delimiters, doubled quotes and line breaks. The text is first cut into records following the
 * quoting rules, then each record is parsed on its own by commons-csv, so that one badly quoted record is reported
 * alone instead of ending the read: when a record cannot be parsed, only its first physical line is given up and
 * reading resumes on the next line.
 */
final class CsvRecords {

	static final String BROKEN_QUOTES = "error.statement.quotes";

	private CsvRecords() {
	}

	static List<RawRecord> read(byte[] content, char delimiter) {
		String text = decode(content);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<RawRecord> records = new ArrayList<>();
		int at = 0;
		int line = 1;
		while (at < text.length()) {
			int end = recordEnd(text, at, delimiter);
			String raw = text.substring(at, end);
			int next = skipLineBreak(text, end);
			List<String> cells = parse(format, raw);
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

	/** The cells of one record, or {@code null} when its quoting is broken or it holds more than one record. */
	private static List<String> parse(CSVFormat format, String raw) {
		try (CSVParser parser = CSVParser.parse(new StringReader(raw), format)) {
			Iterator<CSVRecord> iterator = parser.iterator();
			if (!iterator.hasNext()) {
				return List.of("");
			}
			List<String> cells = iterator.next().toList();
			return iterator.hasNext() ? null : cells;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return null;
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
