package vn.doanket.plans.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.doanket.shared.InvalidInputException;

/**
 * Turns an uploaded plan into text: a Word file (.docx) paragraph by paragraph in document order, table cells
 * included (numbering that Word generates by itself is not part of the text), or a UTF-8 text file (.txt). Refuses,
 * with an {@link InvalidInputException} on the field {@code file}, an empty file, a file over 50 MB, a file that is
 * not what its name says, and a text that does not look like a plan; throws nothing else.
 */
public final class PlanDocumentReader {

	public static final int MAX_MEGABYTES = 50;

	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	private static final String FIELD = "file";

	private PlanDocumentReader() {
	}

	/** Reads at most 50 MB from the stream, then the text as {@link #read(String, byte[])} does. */
	public static String read(String filename, InputStream in) {
		byte[] content;
		try {
			content = in.readNBytes((int) MAX_BYTES + 1);
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of(FIELD, "error.plan.fileUnreadable");
		}
		return read(filename, content);
	}

	public static String read(String filename, byte[] content) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of(FIELD, "error.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInputException.of(FIELD, "error.plan.fileTooLarge", MAX_MEGABYTES);
		}
		String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
		String text;
		if (name.endsWith(".docx")) {
			text = docx(content);
		}
		else if (name.endsWith(".txt")) {
			text = utf8(content);
		}
		else {
			throw InvalidInputException.of(FIELD, "error.plan.fileType");
		}
		if (text.isBlank()) {
			throw InvalidInputException.of(FIELD, "error.file.empty");
		}
		if (!PlanSignals.looksLikePlan(text)) {
			throw InvalidInputException.of(FIELD, "error.plan.notPlan");
		}
		return text;
	}

	private static String docx(byte[] content) {
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		if (!zip) {
			throw InvalidInputException.of(FIELD, "error.plan.fileUnreadable");
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			append(document.getBodyElements(), text);
			return text.toString();
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of(FIELD, "error.plan.fileUnreadable");
		}
	}

	/** Paragraphs one a line; tables row by row, cell by cell, nested tables included. */
	private static void append(List<IBodyElement> elements, StringBuilder text) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						append(cell.getBodyElements(), text);
					}
				}
			}
			else if (element instanceof XWPFSDT control) {
				text.append(control.getContent().getText()).append('\n');
			}
		}
	}

	/** Strict UTF-8 without its byte order mark; text with NUL characters is a binary file renamed. */
	private static String utf8(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of(FIELD, "error.plan.fileUnreadable");
		}
		if (text.indexOf('\0') >= 0) {
			throw InvalidInputException.of(FIELD, "error.plan.fileUnreadable");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
