package vn.doanket.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import static org.assertj.core.api.Assertions.assertThat;

class DocxRendererTests {

	static XWPFDocument word;

	@BeforeAll
	static void render() throws IOException {
		byte[] bytes = new DocxRenderer().render(DocumentFixture.seedPlan());
		word = new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	@Test
	void pageIsA4WithTheDecreeMargins() {
		CTPageSz size = word.getDocument().getBody().getSectPr().getPgSz();
		CTPageMar margins = word.getDocument().getBody().getSectPr().getPgMar();

		assertThat(twips(size.getW())).isEqualTo(11906);
		assertThat(twips(size.getH())).isEqualTo(16838);
		assertThat(twips(margins.getTop())).as("20 mm").isEqualTo(1134);
		assertThat(twips(margins.getBottom())).as("20 mm").isEqualTo(1134);
		assertThat(twips(margins.getLeft())).as("30 mm").isEqualTo(1701);
		assertThat(twips(margins.getRight())).as("15 mm").isEqualTo(850);
	}

	@Test
	void pagesAfterTheFirstAreNumberedAtTheTop() {
		assertThat(word.getDocument().getBody().getSectPr().isSetTitlePg()).as("first page has its own header").isTrue();
		XWPFParagraph number = word.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);

		assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(number.getCTP().xmlText()).contains("w:instrText", " PAGE ", "w:fldCharType=\"begin\"");
		assertThat(word.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
	}

	@Test
	void everyRunIsTimesNewRomanForEveryScript() throws Exception {
		List<XWPFRun> runs = allParagraphs().flatMap(p -> p.getRuns().stream()).toList();

		assertThat(runs).hasSizeGreaterThan(40).allSatisfy(run -> {
			for (FontCharRange range : List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs,
					FontCharRange.eastAsia)) {
				assertThat(run.getFontFamily(range)).as("%s of \"%s\"", range, run.text()).isEqualTo("Times New Roman");
			}
		});
		var defaults = word.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
		assertThat(List.of(defaults.getAscii(), defaults.getHAnsi(), defaults.getCs(), defaults.getEastAsia()))
			.containsOnly("Times New Roman");
	}

	@Test
	void letterheadIsABorderlessTwoColumnTable() {
		XWPFTable head = word.getTables().get(0);

		assertThat(head.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
		assertThat(head.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
		assertThat(lines(head.getRow(0).getCell(0))).as("parent body broken after VIỆT NAM, issuer, rule")
			.containsExactly("ỦY BAN MTTQ VIỆT NAM", "TỈNH KON TUM", "BAN THƯỜNG TRỰC", "");
		assertThat(lines(head.getRow(0).getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc");
		assertThat(lines(head.getRow(1).getCell(0))).containsExactly("Số: 163/KH-MTTQ-BTT");
		assertThat(lines(head.getRow(1).getCell(1))).containsExactly("Kon Tum, ngày 08 tháng 02 năm 2021");
	}

	@Test
	void letterheadLinesHaveTheirSizesAndStyles() {
		XWPFTable head = word.getTables().get(0);
		XWPFRun parent = firstRun(head.getRow(0).getCell(0), 0);
		XWPFRun issuer = firstRun(head.getRow(0).getCell(0), 2);
		XWPFRun nation = firstRun(head.getRow(0).getCell(1), 0);
		XWPFRun motto = firstRun(head.getRow(0).getCell(1), 1);
		XWPFRun date = firstRun(head.getRow(1).getCell(1), 0);

		assertThat(parent.isBold()).isFalse();
		assertThat(parent.getFontSizeAsDouble()).isEqualTo(13.0);
		assertThat(issuer.isBold()).isTrue();
		assertThat(nation.isBold()).isTrue();
		assertThat(nation.getFontSizeAsDouble()).isEqualTo(12.0);
		assertThat(motto.isBold()).isTrue();
		assertThat(motto.getFontSizeAsDouble()).isEqualTo(13.0);
		assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
		assertThat(date.isItalic()).isTrue();
		assertThat(date.isBold()).isFalse();
		XWPFParagraph rule = head.getRow(0).getCell(0).getParagraphs().get(3);
		assertThat(rule.getBorderTop()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
		assertThat(rule.getIndentationLeft()).isPositive().isEqualTo(rule.getIndentationRight());
	}

	@Test
	void typeAndSummaryAreBoldAndCentred() {
		List<XWPFParagraph> paragraphs = word.getParagraphs();
		XWPFParagraph type = paragraphs.get(0);

		assertThat(type.getText()).isEqualTo("KẾ HOẠCH");
		assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(type.getRuns().get(0).isBold()).isTrue();
		assertThat(type.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
		assertThat(paragraphs.subList(1, 4)).extracting(XWPFParagraph::getText)
			.containsExactly("Triển khai thực hiện Cuộc vận động", DocumentFixture.CAMPAIGN, "Năm 2023");
		assertThat(paragraphs.subList(1, 4)).allSatisfy(p -> {
			assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(p.getRuns()).allMatch(XWPFRun::isBold);
		});
	}

	@Test
	void bodyKeepsItsOrderAndTheDecreeLayout() {
		List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();

		assertThat(texts).containsSubsequence("KẾ HOẠCH", "Năm 2023",
				"Thực hiện Chương trình công tác số 12/CTr-MTTQ-BTT, ngày 29 tháng 12 năm 2022 của Ban Thường trực "
						+ "Ủy ban MTTQ Việt Nam tỉnh Kon Tum.",
				"I. MỤC ĐÍCH - YÊU CẦU", "II. NỘI DUNG THỰC HIỆN",
				"1. Công tác tuyên truyền, vận động các tầng lớp Nhân dân:", "- Thời gian thực hiện: Thường xuyên",
				"2.1. Về công tác tập huấn Cuộc vận động:", "- Thời gian: dự kiến cuối Quý I/2023");
		assertThat(texts).anyMatch(t -> t.startsWith("1. Mục đích: Tiếp tục xây dựng"))
			.anyMatch(t -> t.endsWith("tỉnh Kon Tum./."));

		XWPFParagraph purpose = paragraph("1. Mục đích:");
		assertThat(purpose.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
		assertThat(purpose.getIndentationFirstLine()).as("1.27 cm").isEqualTo(720);
		assertThat(purpose.getSpacingBefore()).as("6 pt").isEqualTo(120);
		assertThat(purpose.getRuns().get(0).isBold()).isTrue();
		assertThat(purpose.getRuns().get(1).isBold()).isFalse();
		assertThat(purpose.getRuns()).allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0));
	}

	@Test
	void headingsAreBoldAndTheThirdLevelAlsoItalic() {
		assertThat(paragraph("I. MỤC ĐÍCH").getRuns()).allMatch(XWPFRun::isBold).noneMatch(XWPFRun::isItalic);
		assertThat(paragraph("1. Công tác tuyên truyền").getRuns()).allMatch(XWPFRun::isBold);
		assertThat(paragraph("2.1. Về công tác").getRuns()).allMatch(XWPFRun::isBold).allMatch(XWPFRun::isItalic);
		assertThat(paragraph("- Thời gian thực hiện").getRuns()).noneMatch(XWPFRun::isBold);
	}

	@Test
	void bodyTableHasABoldHeaderRowAndLines() {
		XWPFTable table = word.getTables().get(1);

		assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
		assertThat(table.getRows()).hasSize(3);
		assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
			.containsExactly("Nội dung", "Hình thức", "Thời gian thực hiện");
		assertThat(firstRun(table.getRow(0).getCell(0), 0).isBold()).isTrue();
		assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
			.containsExactly("Tập huấn cấp tỉnh", "Hội nghị trực tiếp", "Cuối Quý I/2023");
		assertThat(firstRun(table.getRow(2).getCell(0), 0).isBold()).isFalse();
	}

	@Test
	void recipientsOnTheLeftSignatureOnTheRight() {
		XWPFTable closing = word.getTables().get(word.getTables().size() - 1);
		XWPFTableCell left = closing.getRow(0).getCell(0);
		XWPFTableCell right = closing.getRow(0).getCell(1);

		XWPFRun heading = firstRun(left, 0);
		assertThat(heading.text()).isEqualTo("Nơi nhận:");
		assertThat(heading.isBold()).isTrue();
		assertThat(heading.isItalic()).isTrue();
		assertThat(heading.getFontSizeAsDouble()).isEqualTo(12.0);
		assertThat(lines(left)).containsExactly("Nơi nhận:", "- BTT UBTW MTTQ VN (B/c);", "- TT Tỉnh ủy (B/c);",
				"- TT HĐND, UBND tỉnh;", "- Chủ tịch, các PCT MTTQ tỉnh;", "- Các đoàn thể chính trị - xã hội (P/h);",
				"- BTT UBMTTQVN các huyện, thành phố (T/h);", "- Lưu: VT, BPT.");
		assertThat(firstRun(left, 1).getFontSizeAsDouble()).isEqualTo(11.0);
		assertThat(firstRun(left, 7).getFontSizeAsDouble()).isEqualTo(11.0);

		assertThat(lines(right).stream().filter(l -> !l.isEmpty())).containsExactly("TM. BAN THƯỜNG TRỰC",
				"PHÓ CHỦ TỊCH", "Nguyễn Thị Hương");
		assertThat(lines(right)).hasSize(3 + DocxClosing.SIGNING_LINES);
		assertThat(firstRun(right, 0).isBold()).isTrue();
		assertThat(right.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
	}

	@Test
	void explicitLineBreaksAndDraftNumbers() throws IOException {
		OfficialDocument source = DocumentFixture.seedPlan();
		Letterhead head = new Letterhead("ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM TỈNH KON TUM", "BAN THƯỜNG TRỰC",
				DocumentNumber.unnumbered("BC-MTTQ-BTT"), "Kon Tum", java.time.LocalDate.of(2023, 11, 5));
		List<Block> body = List.of(Block.Paragraph.of("Dòng thứ nhất\nDòng thứ hai"));
		OfficialDocument report = new OfficialDocument(head, "BÁO CÁO", List.of(), body, source.signature(),
				source.distribution());

		XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(report)));
		XWPFTable table = read.getTables().get(0);

		assertThat(lines(table.getRow(0).getCell(0))).containsExactly("ỦY BAN MẶT TRẬN TỔ QUỐC",
				"VIỆT NAM TỈNH KON TUM", "BAN THƯỜNG TRỰC", "");
		assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-MTTQ-BTT");
		assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Kon Tum, ngày 05 tháng 11 năm 2023");
		assertThat(read.getParagraphs()).extracting(XWPFParagraph::getText)
			.containsSubsequence("BÁO CÁO", "Dòng thứ nhất\nDòng thứ hai");
	}

	private static XWPFParagraph paragraph(String start) {
		return word.getParagraphs()
			.stream()
			.filter(p -> p.getText().startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paragraph starts with " + start));
	}

	private static Stream<XWPFParagraph> allParagraphs() {
		List<XWPFParagraph> all = new ArrayList<>(word.getParagraphs());
		word.getTables()
			.forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
		return all.stream();
	}

	private static List<String> lines(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	private static XWPFRun firstRun(XWPFTableCell cell, int paragraph) {
		return cell.getParagraphs().get(paragraph).getRuns().get(0);
	}

	private static int twips(Object value) {
		return ((BigInteger) value).intValue();
	}

}
