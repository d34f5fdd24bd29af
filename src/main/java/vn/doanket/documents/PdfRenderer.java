package vn.doanket.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Writes an {@link OfficialDocument} as PDF with the layout of {@link DocxRenderer}: A4, margins 20/20/30/15 mm,
 * Liberation Serif embedded so that every Vietnamese letter shows and can be searched and copied; page numbers from
 * the second page, centred at the top. Stateless and thread-safe.
 */
public final class PdfRenderer {

	/** The media type of the output. */
	public static final String MEDIA_TYPE = "application/pdf";

	public byte[] render(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		render(document, out);
		return out.toByteArray();
	}

	/** Writes the PDF to {@code out}, which stays open. */
	public void render(OfficialDocument document, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		PdfFonts.register(builder);
		builder.withHtmlContent(HtmlDocument.of(document), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the PDF document", ex);
		}
	}

}
