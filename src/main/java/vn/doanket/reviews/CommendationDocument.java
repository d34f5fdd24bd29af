package vn.doanket.reviews;

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
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** A commendation decision as a Word file in the Decree 30 layout ("QUYẾT ĐỊNH" with its articles and awarded list). */
@Component
class CommendationDocument {

	private final Commendations commendations;

	private final Units units;

	CommendationDocument(Commendations commendations, Units units) {
		this.commendations = commendations;
		this.units = units;
	}

	byte[] docx(long decisionId) {
		CommendationDecision d = commendations.get(decisionId);
		AdminUnit issuer = units.byId(d.issuerUnitId()).orElseThrow();
		String form = "BANG_KHEN".equals(d.form()) ? "Bằng khen" : "Giấy khen";
		List<Block> body = new ArrayList<>();
		body.add(new Block.Heading(1, null, "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM " + issuer.name().toUpperCase()));
		body.add(Block.Paragraph.of("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;"));
		body.add(Block.Paragraph.of("Xét đề nghị của Ban Phong trào về thành tích trong thực hiện Cuộc vận động \"Toàn dân đoàn kết xây dựng "
				+ "nông thôn mới, đô thị văn minh\","));
		body.add(new Block.Heading(1, null, "QUYẾT ĐỊNH:"));
		body.add(new Block.Paragraph("Điều 1.", "Tặng " + form + " cho " + d.awards().size() + " tập thể, cá nhân có thành tích "
				+ d.summary() + " (có danh sách kèm theo)."));
		body.add(new Block.Table(List.of("TT", "Tập thể / cá nhân", "Đơn vị", "Thành tích"), rows(d)));
		body.add(new Block.Paragraph("Điều 2.", "Các tập thể, cá nhân có tên tại Điều 1 và các bộ phận liên quan chịu trách nhiệm thi hành "
				+ "Quyết định này kể từ ngày ký."));
		String place = issuer.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Xã|Phường|Thị trấn) ", "");
		OfficialDocument document = new OfficialDocument(
				new Letterhead("ỦY BAN MTTQ VIỆT NAM " + issuer.name().toUpperCase(), "BAN THƯỜNG TRỰC", DocumentNumber.of(d.number(), d.symbol()),
						place, d.issuedOn()),
				"QUYẾT ĐỊNH", List.of("Về việc tặng " + form), body, new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "………………………"),
				new Distribution(List.of(new Recipient("Như Điều 2", null)), "VT"));
		return new DocxRenderer().render(document);
	}

	private static List<List<String>> rows(CommendationDecision d) {
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (CommendationDecision.Award a : d.awards()) {
			rows.add(List.of(String.valueOf(n++), a.name(), a.unitName(), a.reason()));
		}
		return rows;
	}

}
