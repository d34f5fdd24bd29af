package vn.doanket.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes an {@link OfficialDocument} as a Word file (.docx) laid out by Nghị định 30/2020/NĐ-CP: A4, margins 20/20/
 * 30/15 mm, Times New Roman throughout, letterhead in a two-column table, body 14 pt justified with a 1.27 cm
 * first-line indent, and the signature and recipients side by side. Stateless and thread-safe.
 */
public final class DocxRenderer {

	/** The media type of the output. */
	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public byte[] render(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		render(document, out);
		return out.toByteArray();
	}

	/** Writes the file to {@code out}, which stays open. */
	public void render(OfficialDocument document, OutputStream out) {
		try (XWPFDocument word = new XWPFDocument()) {
			DocxPage.setUp(word);
			DocxLetterhead.write(word, document);
			DocxBody.write(word, document.body());
			DocxClosing.write(word, document.signature(), document.distribution());
			word.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the Word document", ex);
		}
	}

}
