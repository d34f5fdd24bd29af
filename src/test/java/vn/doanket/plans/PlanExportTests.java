package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.PdfRenderer;
import vn.doanket.plans.importing.PlanDocumentReader;
import vn.doanket.plans.importing.PlanTextParser;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;

/** The seed plan exported as Word and PDF in the Decree 30 layout, and the Word file imported back. */
class PlanExportTests {

	static final AdminUnit KONTUM = new AdminUnit(62, "2023", "62", "Tỉnh Kon Tum", UnitLevel.PROVINCE, "Tỉnh", null, null,
			null, LocalDate.of(2025, 6, 30), "/62/", 1);

	/** The seed as saved: numbered 05, dated 10/02/2023, signed by the chairman. */
	static PlanData seedPlan() {
		PlanData proposal = ProposalMapping.toData(PlanTextParser.parse(PlanTexts.seed()));
		PlanData numbered = new PlanData(null, 62L, null, null, 5, null, null, null, LocalDate.of(2023, 2, 10),
				proposal.title(), proposal.summary(), 2023, null, null, proposal.legalBases(), proposal.introduction(),
				proposal.sections(), proposal.closing(), new PlanData.Signer("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Thành"),
				proposal.recipients(), null, null, null, null, null, null, null, false);
		return PlanChecks.normalise(numbered, KONTUM, LocalDate.of(2023, 2, 10));
	}

	@Test
	void theWordFileHasTheLetterheadBodySignatureAndRecipientsInTimesNewRoman() throws IOException {
		byte[] docx = new DocxRenderer().render(PlanExport.document(seedPlan()));

		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String letterhead = word.getTables().get(0).getText();
			assertThat(letterhead).contains("ỦY BAN MTTQ VIỆT NAM", "TỈNH KON TUM", "BAN THƯỜNG TRỰC", "Số: 05/KH-MTTQ-BTT",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 10 tháng 02 năm 2023");
			List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("KẾ HOẠCH", "II. NỘI DUNG THỰC HIỆN.", "2.1. Về công tác tập huấn Cuộc vận động:",
					"- Thời gian: dự kiến cuối Quý I/2023".replace("Thời gian:", "Thời gian thực hiện:"));
			String closing = word.getTables().get(word.getTables().size() - 1).getText();
			assertThat(closing).contains("Nơi nhận:", "- TT Tỉnh ủy (B/c);", "- BTT UBMTTQVN các huyện, thành phố (T/h);",
					"- Lưu: VP, BPT.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Thành");
			for (XWPFParagraph paragraph : word.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
				}
			}
		}
	}

	@Test
	void thePdfIsA4WithEveryDiacritic() throws IOException {
		byte[] pdf = new PdfRenderer().render(PlanExport.document(seedPlan()));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/KH-MTTQ-BTT", "KẾ HOẠCH",
					"Ngày hội đại đoàn kết toàn dân tộc", "Nơi nhận:", "Nguyễn Văn Thành");
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
	}

	@Test
	void theWordFileImportsBackToTheSameStructure() {
		PlanData original = seedPlan();
		byte[] docx = new DocxRenderer().render(PlanExport.document(original));

		PlanData back = ProposalMapping.toData(PlanTextParser.parse(PlanDocumentReader.read("ke-hoach.docx", docx)));

		assertThat(back.number()).isEqualTo(5);
		assertThat(back.issuedOn()).isEqualTo(LocalDate.of(2023, 2, 10));
		assertThat(back.sections()).extracting(PlanData.Section::label, PlanData.Section::title)
			.containsExactlyElementsOf(original.sections().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.label(), s.title())).toList());
		for (int s = 0; s < original.sections().size(); s++) {
			assertThat(back.sections().get(s).items()).as("items of section " + s)
				.extracting(PlanData.Item::label, PlanData.Item::title, PlanData.Item::timeframe)
				.containsExactlyElementsOf(original.sections().get(s).items().stream()
					.map(i -> org.assertj.core.groups.Tuple.tuple(i.label(), i.title(), i.timeframe()))
					.toList());
		}
		assertThat(back.sections().get(3).parties()).extracting(PlanData.Party::kind)
			.containsExactlyElementsOf(original.sections().get(3).parties().stream().map(PlanData.Party::kind).toList());
		assertThat(back.recipients()).extracting(PlanData.Recipient::name, PlanData.Recipient::purpose)
			.containsExactlyElementsOf(original.recipients().stream()
				.map(r -> org.assertj.core.groups.Tuple.tuple(r.name(), r.purpose()))
				.toList());
	}

}
