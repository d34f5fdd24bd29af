package vn.doanket.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.doanket.documents.Block;
import vn.doanket.documents.Distribution;
import vn.doanket.documents.DocumentNumber;
import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.Letterhead;
import vn.doanket.documents.OfficialDocument;
import vn.doanket.documents.Recipient;
import vn.doanket.documents.Signature;

/** The review report as a Word file in the Decree 30 layout ("BÁO CÁO Sơ kết … năm …"), from the same model as the page. */
@Component
class ReviewReportDocument {

	private final Clock clock;

	ReviewReportDocument(Clock clock) {
		this.clock = clock;
	}

	byte[] docx(ReviewReport report) {
		List<Block> body = new ArrayList<>();
		for (ReviewReport.Section s : report.sections()) {
			body.add(new Block.Heading(s.level(), s.number(), s.title()));
			s.paragraphs().forEach(p -> body.add(Block.Paragraph.of(p)));
			for (ReviewReport.Table t : s.tables()) {
				if (!t.rows().isEmpty()) {
					body.add(new Block.Table(t.header(), t.rows()));
				}
			}
		}
		String place = report.unitName().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Xã|Phường|Thị trấn) ", "");
		LocalDate date = LocalDate.now(clock);
		OfficialDocument document = new OfficialDocument(
				new Letterhead("ỦY BAN MTTQ VIỆT NAM " + report.unitName().toUpperCase(), "BAN THƯỜNG TRỰC",
						DocumentNumber.unnumbered("BC-MTTQ-BTT"), place, date),
				"BÁO CÁO", List.of("Sơ kết 01 năm thực hiện Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" năm "
						+ report.year()),
				body, new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "………………………"),
				new Distribution(List.of(new Recipient("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", Recipient.Purpose.REPORT)), "VT"));
		return new DocxRenderer().render(document);
	}

}
