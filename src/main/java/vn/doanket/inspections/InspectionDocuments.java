package vn.doanket.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.documents.Block;
import vn.doanket.documents.Distribution;
import vn.doanket.documents.DocumentNumber;
import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.Letterhead;
import vn.doanket.documents.OfficialDocument;
import vn.doanket.documents.Recipient;
import vn.doanket.documents.Signature;
import vn.doanket.front.FrontCommittees;
import vn.doanket.front.StandingMember;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** The minutes of a visit (BIÊN BẢN) and the inspection report (BÁO CÁO) in the Decree 30 layout, as Word files. */
@Component
class InspectionDocuments {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Inspections inspections;

	private final Units units;

	private final FrontCommittees committees;

	private final Clock clock;

	private final AccessPolicy access;

	InspectionDocuments(Inspections inspections, Units units, FrontCommittees committees, Clock clock, AccessPolicy access) {
		this.access = access;
		this.inspections = inspections;
		this.units = units;
		this.committees = committees;
		this.clock = clock;
	}

	/** The minutes of one visit: who came, what was reviewed, the findings per topic and the recommendations to the unit. */
	byte[] minutes(long visitId) {
		Inspection inspection = inspections.get(inspections.inspectionOfVisit(visitId));
		Inspection.Visit visit = inspection.visits().stream().filter(v -> v.id() == visitId).findFirst().orElseThrow();
		List<Block> body = new ArrayList<>();
		body.add(Block.Paragraph.of("Hôm nay, ngày " + DAY.format(visit.visitedOn()) + ", tại " + visit.unitName() + ", Đoàn "
				+ kindWord(inspection).toLowerCase() + " của " + committeeOf(inspection) + " tiến hành " + kindWord(inspection).toLowerCase()
				+ " theo nội dung: " + inspection.title() + "."));
		body.add(new Block.Heading(1, "I.", "THÀNH PHẦN ĐOÀN"));
		inspection.team().forEach(member -> body.add(new Block.Bullet(member)));
		body.add(new Block.Heading(1, "II.", "TÀI LIỆU ĐÃ XEM XÉT"));
		body.add(Block.Paragraph.of(visit.documentsReviewed() == null ? "Không có." : visit.documentsReviewed()));
		body.add(new Block.Heading(1, "III.", "KẾT QUẢ " + kindWord(inspection).toUpperCase() + " THEO NỘI DUNG"));
		int n = 1;
		for (Inspection.Finding finding : visit.findings()) {
			body.add(new Block.Heading(2, n++ + ".", finding.topic()));
			body.add(Block.Paragraph.of(finding.finding()));
		}
		body.add(new Block.Heading(1, "IV.", "KIẾN NGHỊ"));
		List<Recommendation> own = inspection.recommendations().stream().filter(r -> r.ownerUnitId() == visit.unitId()).toList();
		if (own.isEmpty()) {
			body.add(Block.Paragraph.of("Không có kiến nghị."));
		}
		own.forEach(r -> body.add(new Block.Bullet(r.text() + " (thời hạn: " + DAY.format(r.deadline()) + ")")));
		body.add(Block.Paragraph.of("Biên bản được lập thành 02 bản, đơn vị được " + kindWord(inspection).toLowerCase()
				+ " giữ 01 bản, Đoàn giữ 01 bản."));
		return render(inspection, "BB", "BIÊN BẢN", List.of(kindWord(inspection) + " tại " + visit.unitName()), body,
				List.of(new Recipient(visit.unitName(), Recipient.Purpose.IMPLEMENT)), visit.visitedOn());
	}

	/** The report on the whole inspection: targets and visits, findings, recommendations and their follow-up. */
	byte[] report(long inspectionId) {
		Inspection inspection = inspections.get(inspectionId);
		List<Block> body = new ArrayList<>();
		body.add(new Block.Heading(1, "I.", "KHÁI QUÁT"));
		body.add(Block.Paragraph.of("Thực hiện kế hoạch, từ ngày " + DAY.format(inspection.periodFrom()) + " đến ngày "
				+ DAY.format(inspection.periodTo()) + ", " + committeeOf(inspection) + " tổ chức " + kindWord(inspection).toLowerCase()
				+ " tại " + String.join(", ", inspection.targets().stream().map(Inspection.Target::name).toList()) + " về các nội dung: "
				+ String.join("; ", inspection.topics()) + "."));
		body.add(new Block.Heading(1, "II.", "KẾT QUẢ"));
		int n = 1;
		for (Inspection.Visit visit : inspection.visits()) {
			body.add(new Block.Heading(2, n++ + ".", visit.unitName() + " (ngày " + DAY.format(visit.visitedOn()) + ")"));
			visit.findings().forEach(f -> body.add(new Block.Paragraph(f.topic() + ":", f.finding())));
		}
		if (inspection.visits().isEmpty()) {
			body.add(Block.Paragraph.of("Chưa ghi nhận kết quả làm việc tại đơn vị."));
		}
		body.add(new Block.Heading(1, "III.", "KIẾN NGHỊ VÀ KẾT QUẢ THỰC HIỆN"));
		body.add(new Block.Table(List.of("TT", "Kiến nghị", "Đơn vị thực hiện", "Thời hạn", "Tình trạng"),
				numbered(inspection.recommendations())));
		long closed = inspection.recommendations().stream().filter(r -> r.status() == RecommendationStatus.CLOSED).count();
		long overdue = inspection.recommendations().stream().filter(Recommendation::overdue).count();
		body.add(Block.Paragraph.of("Tổng số " + inspection.recommendations().size() + " kiến nghị; đã hoàn thành " + closed
				+ "; quá hạn chưa hoàn thành " + overdue + "."));
		List<Recipient> recipients = new ArrayList<>();
		inspection.targets().forEach(t -> recipients.add(new Recipient(t.name(), Recipient.Purpose.IMPLEMENT)));
		return render(inspection, "BC", "BÁO CÁO", List.of("Kết quả " + kindWord(inspection).toLowerCase() + ": " + inspection.title()),
				body, recipients, LocalDate.now(clock));
	}

	private static List<List<String>> numbered(List<Recommendation> recommendations) {
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (Recommendation r : recommendations) {
			rows.add(List.of(String.valueOf(n++), r.text(), r.ownerUnitName(), DAY.format(r.deadline()), statusText(r)));
		}
		return rows;
	}

	static String statusText(Recommendation r) {
		return switch (r.status()) {
			case CLOSED -> "Đã hoàn thành";
			case IN_PROGRESS -> r.overdue() ? "Đang thực hiện (quá hạn)" : "Đang thực hiện";
			case OPEN -> r.overdue() ? "Chưa thực hiện (quá hạn)" : "Chưa thực hiện";
		};
	}

	private byte[] render(Inspection inspection, String typeCode, String type, List<String> summary, List<Block> body,
			List<Recipient> recipients, LocalDate date) {
		AdminUnit unit = units.byId(inspection.inspectorUnitId()).orElseThrow();
		String place = unit.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Xã|Phường|Thị trấn) ", "");
		OfficialDocument document = new OfficialDocument(
				new Letterhead("ỦY BAN MTTQ VIỆT NAM " + unit.name().toUpperCase(), "BAN THƯỜNG TRỰC",
						DocumentNumber.unnumbered(typeCode + "-MTTQ-BTT"), place, date),
				type, summary, body, new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", chairman(unit)),
				new Distribution(recipients, "VT"));
		return new DocxRenderer().render(document);
	}

	private String committeeOf(Inspection inspection) {
		return "Ban Thường trực Ủy ban MTTQ Việt Nam " + inspection.inspectorUnitName();
	}

	private static String kindWord(Inspection inspection) {
		return inspection.kind() == InspectionKind.SUPERVISION ? "Giám sát" : "Kiểm tra";
	}

	/** The chairman of the inspecting committee, when the reader may see it; a dotted line to sign on otherwise. */
	private String chairman(AdminUnit unit) {
		if (!access.can(Capability.READ, unit.id())) {
			return "………………………";
		}
		return committees.of(unit)
			.flatMap(c -> committees.standingMembers(c.id()).stream().filter(m -> m.position().equalsIgnoreCase("Chủ tịch")).findFirst())
			.map(StandingMember::fullName)
			.orElse("………………………");
	}

}
