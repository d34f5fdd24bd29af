package vn.doanket.inspections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.sql.Timestamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Demo inspections of 2023 (illustrative): Kon Tum province inspects Đắk Glei district (610) and supervises Kon Tum
 * city (608); each has one recommendation closed and one overdue.
 */
@Component
@Order(30)
class InspectionsDemoData implements ApplicationRunner {

	static final String DAK_GLEI_TITLE = "Kiểm tra thực hiện Cuộc vận động năm 2023 tại huyện Đắk Glei";

	static final String KON_TUM_TITLE = "Giám sát sử dụng kinh phí hỗ trợ Ban công tác Mặt trận năm 2023 tại thành phố Kon Tum";

	private static final Logger log = LoggerFactory.getLogger(InspectionsDemoData.class);

	private final JdbcClient jdbc;

	private final Units units;

	private final DemoMode demo;

	InspectionsDemoData(JdbcClient jdbc, Units units, DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from inspection").query(Long.class).single() > 0) {
			return;
		}
		AdminUnit kontum = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		AdminUnit dakGlei = units.byCode("610", Units.REFORM_EVE).orElseThrow();
		AdminUnit city = units.byCode("608", Units.REFORM_EVE).orElseThrow();
		long first = inspection("INSPECTION", kontum, dakGlei, DAK_GLEI_TITLE,
				"Công tác tuyên truyền Cuộc vận động\nXây dựng và nhân rộng mô hình\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc",
				LocalDate.of(2023, 9, 11), LocalDate.of(2023, 9, 15));
		long visit = visit(first, dakGlei, LocalDate.of(2023, 9, 12),
				"Kế hoạch số 12/KH-MTTQ-BTT ngày 20/02/2023; báo cáo 6 tháng đầu năm 2023; sổ theo dõi mô hình");
		finding(visit, "Công tác tuyên truyền Cuộc vận động", "Tuyên truyền thường xuyên qua loa truyền thanh thôn, bằng tiếng Xơ Đăng.");
		finding(visit, "Xây dựng và nhân rộng mô hình", "Có 4 mô hình, chưa tổng kết để nhân rộng mô hình tổ tự quản.");
		recommendation(first, dakGlei, "Tổng kết, nhân rộng mô hình tổ tự quản an ninh trật tự ra các xã", LocalDate.of(2023, 12, 31),
				false, null);
		recommendation(first, dakGlei, "Bổ sung sổ theo dõi kết quả thực hiện Cuộc vận động ở các khu dân cư", LocalDate.of(2023, 10, 31),
				true, "Đã bổ sung sổ theo dõi tại 100% khu dân cư.");
		long second = inspection("SUPERVISION", kontum, city, KON_TUM_TITLE,
				"Sử dụng kinh phí hỗ trợ Ban công tác Mặt trận\nCông khai thu chi tại khu dân cư", LocalDate.of(2023, 10, 16),
				LocalDate.of(2023, 10, 20));
		long cityVisit = visit(second, city, LocalDate.of(2023, 10, 17), "Chứng từ chi năm 2023 của các Ban công tác Mặt trận");
		finding(cityVisit, "Sử dụng kinh phí hỗ trợ Ban công tác Mặt trận", "Chi đúng nội dung; một số chứng từ thiếu chữ ký người nhận.");
		recommendation(second, city, "Hoàn thiện chứng từ chi kinh phí hỗ trợ Ban công tác Mặt trận", LocalDate.of(2023, 11, 30), true,
				"Đã hoàn thiện chứng từ và lưu trữ đúng quy định.");
		recommendation(second, city, "Niêm yết công khai thu chi tại nhà văn hóa các khu dân cư", LocalDate.of(2024, 1, 31), false, null);
		log.info("Demo inspections created for Kon Tum 2023");
	}

	private long inspection(String kind, AdminUnit inspector, AdminUnit target, String title, String topics, LocalDate from, LocalDate to) {
		long id = jdbc.sql("""
				insert into inspection (kind, inspector_unit_id, title, topics, period_from, period_to, team, created_by)
				values (:k, :u, :t, :topics, :f, :to, :team, 'system') returning id""")
			.param("k", kind)
			.param("u", inspector.id())
			.param("t", title)
			.param("topics", topics)
			.param("f", from)
			.param("to", to)
			.param("team", "Phó Chủ tịch Ủy ban MTTQ tỉnh – Trưởng đoàn\nTrưởng Ban Phong trào – Thành viên\nChuyên viên Ban Phong trào – Thư ký")
			.query(Long.class)
			.single();
		jdbc.sql("insert into inspection_target (inspection_id, unit_id) values (:i, :u)").param("i", id).param("u", target.id()).update();
		return id;
	}

	private long visit(long inspectionId, AdminUnit unit, LocalDate on, String documents) {
		return jdbc.sql("""
				insert into inspection_visit (inspection_id, unit_id, visited_on, documents_reviewed, created_by)
				values (:i, :u, :d, :docs, 'system') returning id""")
			.param("i", inspectionId)
			.param("u", unit.id())
			.param("d", on)
			.param("docs", documents)
			.query(Long.class)
			.single();
	}

	private void finding(long visitId, String topic, String text) {
		jdbc.sql("insert into inspection_finding (visit_id, topic, finding) values (:v, :t, :f)")
			.param("v", visitId)
			.param("t", topic)
			.param("f", text)
			.update();
	}

	private void recommendation(long inspectionId, AdminUnit owner, String text, LocalDate deadline, boolean closed, String response) {
		Timestamp done = Timestamp.from(LocalDateTime.of(deadline.minusDays(5), java.time.LocalTime.NOON).toInstant(ZoneOffset.ofHours(7)));
		jdbc.sql("""
				insert into inspection_recommendation (inspection_id, text, owner_unit_id, deadline, status, done_reported, response,
				    responded_by, responded_at, closed_by, closed_at, closing_note)
				values (:i, :t, :o, :d, :s, :done, :r, :rb, :ra, :cb, :ca, :note)""")
			.param("i", inspectionId)
			.param("t", text)
			.param("o", owner.id())
			.param("d", deadline)
			.param("s", closed ? "CLOSED" : "OPEN")
			.param("done", closed)
			.param("r", response)
			.param("rb", closed ? "system" : null)
			.param("ra", closed ? done : null)
			.param("cb", closed ? "system" : null)
			.param("ca", closed ? done : null)
			.param("note", closed ? "Đoàn kiểm tra xác nhận đã thực hiện xong." : null)
			.update();
		jdbc.sql("""
				insert into inspection_recommendation_event (recommendation_id, action, status, note, actor, at)
				select r.id, 'CREATED', 'OPEN', null, 'system', (i.period_to + time '16:00') at time zone 'Asia/Ho_Chi_Minh'
				from inspection_recommendation r join inspection i on i.id = r.inspection_id where r.inspection_id = :i and r.text = :t
				union all
				select id, 'RESPONDED', 'IN_PROGRESS', response, responded_by, responded_at from inspection_recommendation
				where inspection_id = :i and text = :t and responded_at is not null
				union all
				select id, 'CLOSED', 'CLOSED', closing_note, closed_by, closed_at from inspection_recommendation
				where inspection_id = :i and text = :t and closed_at is not null""")
			.param("i", inspectionId)
			.param("t", text)
			.update();
	}

}
