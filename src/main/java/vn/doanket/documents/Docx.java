package vn.doanket.documents;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Small building blocks of the Word output: runs in Times New Roman, paragraph layout, fixed-width tables. */
final class Docx {

	static final String FONT = "Times New Roman";

	/** Twips (1/20 pt) per millimetre. */
	static final double TWIPS_PER_MM = 1440 / 25.4;

	/** A4 minus the margins of 30 mm and 15 mm. */
	static final int TEXT_WIDTH = PageLayout.WIDTH_TWIPS - PageLayout.LEFT_TWIPS - PageLayout.RIGHT_TWIPS;

	/** 1.27 cm. */
	static final int FIRST_LINE_INDENT = 720;

	enum Look {

		BOLD, ITALIC, UNDERLINED

	}

	private Docx() {
	}

	/** Appends a run of {@code text} (line breaks become Word line breaks) in the given size and look. */
	static XWPFRun run(XWPFParagraph paragraph, String text, double size, Look... looks) {
		XWPFRun run = styled(paragraph, size, looks);
		List<String> lines = Texts.lines(text);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines.get(i), i);
		}
		return run;
	}

	/** Appends an empty run in Times New Roman of the given size and look. */
	static XWPFRun styled(XWPFParagraph paragraph, double size, Look... looks) {
		XWPFRun run = paragraph.createRun();
		for (FontCharRange range : List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs,
				FontCharRange.eastAsia)) {
			run.setFontFamily(FONT, range);
		}
		run.setFontSize(size);
		for (Look look : looks) {
			switch (look) {
				case BOLD -> run.setBold(true);
				case ITALIC -> run.setItalic(true);
				case UNDERLINED -> run.setUnderline(UnderlinePatterns.SINGLE);
			}
		}
		return run;
	}

	/** Sets alignment and spacing in points before and after, single line spacing. */
	static XWPFParagraph layout(XWPFParagraph paragraph, ParagraphAlignment alignment, int before, int after) {
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(before * 20);
		paragraph.setSpacingAfter(after * 20);
		paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
		return paragraph;
	}

	/** Turns the empty paragraph into a centred horizontal rule {@code widthTwips} long in a space {@code room} wide. */
	static void rule(XWPFParagraph paragraph, int room, int widthTwips) {
		layout(paragraph, ParagraphAlignment.CENTER, 0, 0);
		int indent = Math.max(0, (room - widthTwips) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setBorderTop(Borders.SINGLE);
		paragraph.setSpacingBetween(4, LineSpacingRule.EXACT);
	}

	/** A table of fixed column widths (twips) without any border. */
	static XWPFTable borderless(XWPFTable table, int... widths) {
		fixedWidths(table, widths);
		table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
		return table;
	}

	/** A table of fixed column widths (twips) with single lines around every cell. */
	static XWPFTable ruled(XWPFTable table, int... widths) {
		fixedWidths(table, widths);
		table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		return table;
	}

	private static void fixedWidths(XWPFTable table, int... widths) {
		CTTbl ct = table.getCTTbl();
		CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
		CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
		CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		table.getRows().forEach(row -> {
			for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
				row.getCell(i).setWidth(String.valueOf(widths[i]));
			}
		});
	}

	/** Removes the empty paragraph a new cell starts with, so that content can be appended with addParagraph(). */
	static XWPFTableCell emptied(XWPFTableCell cell) {
		while (!cell.getParagraphs().isEmpty()) {
			cell.removeParagraph(0);
		}
		return cell;
	}

}
