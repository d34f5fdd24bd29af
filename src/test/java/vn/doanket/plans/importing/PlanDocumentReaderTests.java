package vn.doanket.plans.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PlanDocumentReaderTests {

	@Test
	void readsParagraphsAndTableCellsInDocumentOrder() throws IOException {
		byte[] docx = docx(document -> {
			XWPFTable header = document.createTable(1, 2);
			cell(header.getRow(0).getCell(0), "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "BAN THƯỜNG TRỰC", "Số: 163/KH-MTTQ-BTT");
			cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Kon Tum, ngày 08 tháng 02 năm 2021");
			paragraph(document, "KẾ HOẠCH");
			paragraph(document, "Tiếp tục triển khai Cuộc vận động năm 2021");
			paragraph(document, "II. NỘI DUNG");
			XWPFTable items = document.createTable(1, 1);
			cell(items.getRow(0).getCell(0), "1. Tuyên truyền trên loa truyền thanh", "- Thời gian thực hiện: Quý II/2021");
			XWPFTableCell outer = items.getRow(0).getCell(0);
			XWPFTable nested = new XWPFTable(outer.getCTTc().addNewTbl(), outer, 1, 1);
			nested.getRow(0).getCell(0).setText("- Tài liệu trong bảng lồng nhau");
			outer.insertTable(outer.getTables().size(), nested);
			paragraph(document, "Nơi nhận:");
			paragraph(document, "- TT Tỉnh ủy (B/c);");
		});

		String text = PlanDocumentReader.read("Ke hoach 2021.DOCX", docx);

		assertThat(text).containsSubsequence("ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM\n", "BAN THƯỜNG TRỰC\n",
				"Số: 163/KH-MTTQ-BTT\n", "CỘNG HÒA", "Kon Tum, ngày 08 tháng 02 năm 2021\n", "KẾ HOẠCH\n",
				"II. NỘI DUNG\n", "1. Tuyên truyền", "Quý II/2021\n",
				"- Tài liệu trong bảng lồng nhau\n", "Nơi nhận:\n", "- TT Tỉnh ủy (B/c);\n");
		ProposedPlan plan = PlanTextParser.parse(text);
		assertThat(plan.header().parentBody()).isEqualTo("ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM");
		assertThat(plan.header().issuingBody()).isEqualTo("BAN THƯỜNG TRỰC");
		assertThat(plan.header().documentNumber()).isEqualTo("163/KH-MTTQ-BTT");
		assertThat(plan.header().issuedOn()).isEqualTo(LocalDate.of(2021, 2, 8));
		assertThat(plan.header().needsReview()).isFalse();
		assertThat(plan.sections().get(0).item("1").timeframe().end()).isEqualTo(LocalDate.of(2021, 6, 30));
		assertThat(plan.recipients()).extracting(Recipient::purpose).containsExactly(Recipient.Purpose.B_C);
		ProposalTexts.assertKeepsEveryLine(text, plan);
	}

	@Test
	void readsTheSeedPlanAsUtf8TextWithoutItsByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] seed = PlanFixture.seedText().getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(bom, bom.length + seed.length);
		System.arraycopy(seed, 0, content, bom.length, seed.length);

		String text = PlanDocumentReader.read("seed.txt", content);

		assertThat(text).isEqualTo(PlanFixture.seedText());
		assertThat(PlanDocumentReader.read("seed.txt", new ByteArrayInputStream(content))).isEqualTo(text);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused("plan.docx", new byte[0], "error.file.empty");
		assertRefused("plan.txt", null, "error.file.empty");
		assertRefused("plan.txt", " \n\t ".getBytes(StandardCharsets.UTF_8), "error.file.empty");
	}

	@Test
	void refusesAWordFileWithoutText() throws IOException {
		assertRefused("plan.docx", docx(document -> paragraph(document, " ")), "error.file.empty");
	}

	@Test
	void refusesABinaryFileRenamedDocx() {
		byte[] binary = new byte[4096];
		new Random(1).nextBytes(binary);

		assertRefused("plan.docx", binary, "error.plan.fileUnreadable");
	}

	@Test
	void refusesAZipThatIsNotAWordFile() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("KẾ HOẠCH".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		assertRefused("plan.docx", bytes.toByteArray(), "error.plan.fileUnreadable");
	}

	@Test
	void refusesTextThatIsNotUtf8OrIsBinary() {
		byte[] latin = Arrays.copyOf("KE HOACH ".getBytes(StandardCharsets.US_ASCII), 12);
		latin[9] = (byte) 0xCA;
		latin[10] = (byte) 0x20;
		latin[11] = (byte) 0xFF;

		assertRefused("plan.txt", latin, "error.plan.fileUnreadable");
		assertRefused("plan.txt", "KE HOACH\0\0\0".getBytes(StandardCharsets.UTF_8), "error.plan.fileUnreadable");
	}

	@Test
	void refusesAFileThatIsNotAPlan() throws IOException {
		byte[] guests = docx(document -> {
			paragraph(document, "DANH SÁCH KHÁCH MỜI");
			paragraph(document, "1. Ông Nguyễn Văn An");
		});

		assertRefused("khach-moi.docx", guests, "error.plan.notPlan");
		assertRefused("ghi-chu.txt", "Mua gạo, mua muối".getBytes(StandardCharsets.UTF_8), "error.plan.notPlan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plan.doc", "plan.pdf", "plan.xlsx", "plan", "" })
	void refusesOtherFileTypes(String filename) {
		assertRefused(filename, "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8), "error.plan.fileType");
		assertRefused(null, "KẾ HOẠCH".getBytes(StandardCharsets.UTF_8), "error.plan.fileType");
	}

	@Test
	void refusesAFileOverFiftyMegabytes() {
		byte[] content = new byte[(int) PlanDocumentReader.MAX_BYTES + 1];
		Arrays.fill(content, (byte) 'a');

		assertRefused("plan.txt", content, "error.plan.fileTooLarge");
		assertThatThrownBy(() -> PlanDocumentReader.read("plan.txt", new ByteArrayInputStream(content)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(Problem::code).containsExactly("error.plan.fileTooLarge"));
	}

	private static void assertRefused(String filename, byte[] content, String code) {
		assertThatThrownBy(() -> PlanDocumentReader.read(filename, content))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(Problem::field, Problem::code)
				.containsExactly(tuple("file", code)));
	}

	private interface Content {

		void write(XWPFDocument document);

	}

	private static byte[] docx(Content content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			content.write(document);
			document.write(bytes);
			return bytes.toByteArray();
		}
	}

	private static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	/** Replaces the cell's empty first paragraph by the given lines, one paragraph each. */
	private static void cell(XWPFTableCell cell, String... lines) {
		cell.getParagraphs().get(0).createRun().setText(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			cell.addParagraph().createRun().setText(lines[i]);
		}
	}

}
