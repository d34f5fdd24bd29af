package vn.doanket.documents;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.doanket.documents.Docx.Look;

/** The body: 14 pt, justified, 1.27 cm first-line indent, 6 pt before each paragraph; tables in 13 pt. */
final class DocxBody {

	static final double SIZE = 14;

	static final double TABLE_SIZE = 13;

	private DocxBody() {
	}

	static void write(XWPFDocument document, List<Block> blocks) {
		for (Block block : blocks) {
			if (block instanceof Block.Heading heading) {
				heading(document, heading);
			}
			else if (block instanceof Block.Paragraph paragraph) {
				XWPFParagraph p = text(document);
				if (paragraph.lead() != null) {
					Docx.run(p, paragraph.lead() + " ", SIZE, Look.BOLD);
				}
				Docx.run(p, paragraph.text(), SIZE);
			}
			else if (block instanceof Block.Bullet bullet) {
				Docx.run(text(document), bullet.display(), SIZE);
			}
			else if (block instanceof Block.Table table) {
				table(document, table);
			}
		}
	}

	private static XWPFParagraph text(XWPFDocument document) {
		XWPFParagraph paragraph = Docx.layout(document.createParagraph(), ParagraphAlignment.BOTH, 6, 0);
		paragraph.setIndentationFirstLine(Docx.FIRST_LINE_INDENT);
		return paragraph;
	}

	private static void heading(XWPFDocument document, Block.Heading heading) {
		XWPFParagraph paragraph = text(document);
		paragraph.setKeepNext(true);
		if (heading.level() == 3) {
			Docx.run(paragraph, heading.display(), SIZE, Look.BOLD, Look.ITALIC);
		}
		else {
			Docx.run(paragraph, heading.display(), SIZE, Look.BOLD);
		}
	}

	private static void table(XWPFDocument document, Block.Table source) {
		int columns = source.header().size();
		int[] widths = new int[columns];
		for (int i = 0; i < columns; i++) {
			widths[i] = Docx.TEXT_WIDTH / columns + (i < Docx.TEXT_WIDTH % columns ? 1 : 0);
		}
		XWPFTable table = Docx.ruled(document.createTable(source.rows().size() + 1, columns), widths);
		table.getRow(0).setRepeatHeader(true);
		for (int c = 0; c < columns; c++) {
			cell(table.getRow(0).getCell(c), source.header().get(c), ParagraphAlignment.CENTER, Look.BOLD);
		}
		for (int r = 0; r < source.rows().size(); r++) {
			List<String> row = source.rows().get(r);
			for (int c = 0; c < columns; c++) {
				cell(table.getRow(r + 1).getCell(c), row.get(c), ParagraphAlignment.LEFT);
			}
		}
		Docx.layout(document.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
	}

	private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, Look... looks) {
		XWPFParagraph paragraph = Docx.layout(Docx.emptied(cell).addParagraph(), alignment, 2, 2);
		Docx.run(paragraph, text, TABLE_SIZE, looks);
	}

}
