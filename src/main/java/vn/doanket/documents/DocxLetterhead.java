package vn.doanket.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.doanket.documents.Docx.Look;

/**
 * The letterhead as a borderless table of two rows and two columns (bodies | national title and motto, then number |
 * place and date), followed by the document type and its summary.
 */
final class DocxLetterhead {

	static final int LEFT = (int) Math.round(PageLayout.LETTERHEAD_LEFT_MM * Docx.TWIPS_PER_MM);

	static final int RIGHT = Docx.TEXT_WIDTH - LEFT;

	/** About 20 mm: the rule under the issuing body. */
	private static final int BODY_RULE = 1134;

	/** About 40 mm: the rule under the summary. */
	private static final int SUMMARY_RULE = 2268;

	private DocxLetterhead() {
	}

	static void write(XWPFDocument document, OfficialDocument source) {
		Letterhead head = source.letterhead();
		XWPFTable table = Docx.borderless(document.createTable(2, 2), LEFT, RIGHT);

		XWPFTableCell bodies = Docx.emptied(table.getRow(0).getCell(0));
		for (String line : head.parentBodyLines()) {
			Docx.run(centred(bodies.addParagraph()), line, 13);
		}
		for (String line : head.issuingBodyLines()) {
			Docx.run(centred(bodies.addParagraph()), line, 13, Look.BOLD);
		}
		Docx.rule(bodies.addParagraph(), LEFT, BODY_RULE);

		XWPFTableCell nation = Docx.emptied(table.getRow(0).getCell(1));
		Docx.run(centred(nation.addParagraph()), Letterhead.NATIONAL_TITLE, 12, Look.BOLD);
		Docx.run(centred(nation.addParagraph()), Letterhead.MOTTO, 13, Look.BOLD, Look.UNDERLINED);

		XWPFTableCell number = Docx.emptied(table.getRow(1).getCell(0));
		Docx.run(Docx.layout(number.addParagraph(), ParagraphAlignment.CENTER, 4, 0), head.number().line(), 13);

		XWPFTableCell date = Docx.emptied(table.getRow(1).getCell(1));
		Docx.run(Docx.layout(date.addParagraph(), ParagraphAlignment.CENTER, 4, 0), head.placeAndDate(), 14,
				Look.ITALIC);

		XWPFParagraph type = Docx.layout(document.createParagraph(), ParagraphAlignment.CENTER, 24, 0);
		type.setKeepNext(true);
		Docx.run(type, source.type(), 14, Look.BOLD);
		for (String line : source.summary()) {
			XWPFParagraph summary = Docx.layout(document.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
			summary.setKeepNext(true);
			Docx.run(summary, line, 14, Look.BOLD);
		}
		Docx.rule(document.createParagraph(), Docx.TEXT_WIDTH, SUMMARY_RULE);
	}

	private static XWPFParagraph centred(XWPFParagraph paragraph) {
		return Docx.layout(paragraph, ParagraphAlignment.CENTER, 0, 0);
	}

}
