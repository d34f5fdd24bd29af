package vn.doanket.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.doanket.documents.Docx.Look;

/** The end of a document: a borderless table with "Nơi nhận:" on the left and the signature block on the right. */
final class DocxClosing {

	static final int LEFT = Docx.TEXT_WIDTH / 2;

	static final int RIGHT = Docx.TEXT_WIDTH - LEFT;

	/** Empty lines left for the signature and the seal. */
	static final int SIGNING_LINES = 4;

	private DocxClosing() {
	}

	static void write(XWPFDocument document, Signature signature, Distribution distribution) {
		Docx.layout(document.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
		XWPFTable table = Docx.borderless(document.createTable(1, 2), LEFT, RIGHT);

		XWPFTableCell recipients = Docx.emptied(table.getRow(0).getCell(0));
		XWPFParagraph heading = Docx.layout(recipients.addParagraph(), ParagraphAlignment.LEFT, 0, 0);
		Docx.run(heading, Distribution.HEADING, 12, Look.BOLD, Look.ITALIC);
		for (String line : distribution.lines()) {
			Docx.run(Docx.layout(recipients.addParagraph(), ParagraphAlignment.LEFT, 0, 0), line, 11);
		}

		XWPFTableCell signing = Docx.emptied(table.getRow(0).getCell(1));
		if (signature.authority() != null) {
			Docx.run(centred(signing), signature.authority(), 14, Look.BOLD);
		}
		Docx.run(centred(signing), signature.position(), 14, Look.BOLD);
		for (int i = 0; i < SIGNING_LINES; i++) {
			centred(signing);
		}
		Docx.run(centred(signing), signature.signer(), 14, Look.BOLD);
	}

	private static XWPFParagraph centred(XWPFTableCell cell) {
		return Docx.layout(cell.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
	}

}
