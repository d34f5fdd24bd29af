package vn.doanket.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTests {

	static PDDocument pdf;

	static String text;

	@BeforeAll
	static void render() throws IOException {
		pdf = Loader.loadPDF(new PdfRenderer().render(DocumentFixture.seedPlan()));
		text = new PDFTextStripper().getText(pdf);
	}

	@AfterAll
	static void close() throws IOException {
		pdf.close();
	}

	@Test
	void everyPageIsA4() {
		assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
		for (PDPage page : pdf.getPages()) {
			PDRectangle box = page.getMediaBox();
			assertThat(box.getWidth()).as("210 mm in points").isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(box.getHeight()).as("297 mm in points").isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
		}
	}

	@Test
	void textHasTheLetterheadTypeAndBodyInOrder() {
		assertThat(lines()).containsSubsequence("ỦY BAN MTTQ VIỆT NAM", "TỈNH KON TUM", "BAN THƯỜNG TRỰC",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "Triển khai thực hiện Cuộc vận động", "Năm 2023",
				"I. MỤC ĐÍCH - YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "2.1. Về công tác tập huấn Cuộc vận động:",
				"Nơi nhận:", "- Lưu: VT, BPT.");
		assertThat(text).contains("Số: 163/KH-MTTQ-BTT", "Kon Tum, ngày 08 tháng 02 năm 2021", "TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hương",
				"- TT Tỉnh ủy (B/c);", "Thời gian thực hiện");
	}

	@Test
	void vietnameseLettersComeOutExactly() {
		assertThat(text).contains("ơ", "ư", "ộ", "Đ", "ỹ", "ạ", "ề", "ữ", "ủ", "Ủ", "Ư", "Ờ", "Ự");
		assertThat(text).contains("kỹ năng", "Độc lập", "đô thị văn minh", "Thường xuyên");
		assertThat(text).as("no decomposed marks or missing glyphs").doesNotContain("\u0300", "\u0301", "\u0303",
				"\u0309", "\u0323", "\uFFFD");
	}

	@Test
	void pagesAfterTheFirstAreNumberedAtTheTop() throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(2);
		stripper.setEndPage(2);

		assertThat(stripper.getText(pdf).lines().findFirst()).hasValue("2");
		assertThat(text.lines().findFirst()).hasValue("ỦY BAN MTTQ VIỆT NAM");
	}

	@Test
	void onlyLiberationSerifIsUsedAndItIsEmbedded() throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}

		assertThat(fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.getName()).contains("LiberationSerif");
			assertThat(font.isEmbedded()).as(font.getName()).isTrue();
		});
		assertThat(fonts).extracting(PDFont::getName)
			.anyMatch(n -> n.endsWith("LiberationSerif"))
			.anyMatch(n -> n.endsWith("LiberationSerif-Bold"))
			.anyMatch(n -> n.endsWith("LiberationSerif-Italic"))
			.anyMatch(n -> n.endsWith("LiberationSerif-BoldItalic"));
	}

	@Test
	void markupInTheTextIsPrintedNotInterpreted() throws IOException {
		OfficialDocument source = DocumentFixture.seedPlan();
		List<Block> body = List.of(Block.Paragraph.of("Chi <b>5.000.000</b> đ & \"ghi chú\" 'trích dẫn' </p></body>"),
				new Block.Table(List.of("A < B", "C & D"), List.of(List.of("<i>x</i>", "y\u0007z"))));
		OfficialDocument tricky = new OfficialDocument(source.letterhead(), "BÁO CÁO", List.of("Về <script>"), body,
				source.signature(), source.distribution());

		try (PDDocument read = Loader.loadPDF(new PdfRenderer().render(tricky))) {
			String printed = new PDFTextStripper().getText(read);

			assertThat(printed).contains("Về <script>", "Chi <b>5.000.000</b> đ & \"ghi chú\" 'trích dẫn' </p></body>",
					"A < B", "C & D", "<i>x</i>", "yz");
		}
	}

	@Test
	void decomposedInputIsPrintedComposed() throws IOException {
		OfficialDocument source = DocumentFixture.seedPlan();
		String decomposed = java.text.Normalizer.normalize("Ngày hội Đại đoàn kết toàn dân tộc", java.text.Normalizer.Form.NFD);
		OfficialDocument document = new OfficialDocument(source.letterhead(), "BÁO CÁO", List.of(),
				List.of(Block.Paragraph.of(decomposed)), source.signature(), source.distribution());

		try (PDDocument read = Loader.loadPDF(new PdfRenderer().render(document))) {
			assertThat(new PDFTextStripper().getText(read)).contains("Ngày hội Đại đoàn kết toàn dân tộc");
		}
	}

	@Test
	void writesToAStreamTheCallerOwns() {
		boolean[] closed = { false };
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed[0] = true;
			}
		};

		new PdfRenderer().render(DocumentFixture.seedPlan(), out);

		assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(closed[0]).as("closed by the renderer").isFalse();
	}

	private static List<String> lines() {
		return text.lines().map(String::strip).toList();
	}

}
