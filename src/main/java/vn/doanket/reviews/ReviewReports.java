package vn.doanket.reviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.units.AdminUnit;

/**
 * The yearly review report of a unit: the officer's narrative (situation, overall assessment, directions; APPROVE_DATA
 * on the unit to edit) around the figures of every {@link ReportFigures} source, numbered in the order of the plan.
 */
@Service
@Transactional
public class ReviewReports {

	/** The editable narrative parts and the text they start with. */
	static final Map<String, String> NARRATIVES = narratives();

	private final List<ReportFigures> figures;

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final AuditLog audit;

	ReviewReports(List<ReportFigures> figures, JdbcClient jdbc, AccessPolicy access, AuditLog audit) {
		this.figures = figures.stream().sorted(Comparator.comparingInt(ReportFigures::order)).toList();
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public ReviewReport build(AdminUnit unit, int year) {
		access.require(Capability.READ, unit.id());
		Map<String, String> texts = texts(unit.id(), year);
		List<ReviewReport.Section> sections = new ArrayList<>();
		sections.add(narrative(1, "I.", "ĐẶC ĐIỂM TÌNH HÌNH", "situation", texts));
		sections.add(new ReviewReport.Section(1, "II.", "KẾT QUẢ THỰC HIỆN CUỘC VẬN ĐỘNG NĂM " + year, null, List.of(), List.of()));
		int n = 1;
		for (ReportFigures source : figures) {
			for (ReviewReport.Section s : source.sections(unit, year)) {
				sections.add(new ReviewReport.Section(2, n++ + ".", s.title(), null, s.paragraphs(), s.tables()));
			}
		}
		sections.add(narrative(1, "III.", "ĐÁNH GIÁ CHUNG", "assessment", texts));
		sections.add(narrative(1, "IV.", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1), "direction", texts));
		return new ReviewReport(unit.id(), unit.code(), unit.name(), year, sections);
	}

	public void editNarrative(AdminUnit unit, int year, String key, String text) {
		access.require(Capability.APPROVE_DATA, unit.id());
		new Checks().require(NARRATIVES.containsKey(key), "section", "error.report.section")
			.requireText(text, "text", 20000)
			.throwIfAny();
		jdbc.sql("""
				insert into review_report_text (unit_id, year, section, text, edited_by) values (:u, :y, :s, :t, :by)
				on conflict (unit_id, year, section) do update set text = excluded.text, edited_by = excluded.edited_by, edited_at = now()""")
			.param("u", unit.id()).param("y", year).param("s", key).param("t", text.strip()).param("by", access.requireUser().username())
			.update();
		audit.record("review_report_text", unit.id(), "edit " + year + " " + key, null, text.strip());
	}

	private static ReviewReport.Section narrative(int level, String number, String title, String key, Map<String, String> texts) {
		String text = texts.getOrDefault(key, NARRATIVES.get(key));
		return new ReviewReport.Section(level, number, title, key, text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), List.of());
	}

	private Map<String, String> texts(long unitId, int year) {
		Map<String, String> texts = new LinkedHashMap<>();
		jdbc.sql("select section, text from review_report_text where unit_id = :u and year = :y").param("u", unitId).param("y", year)
			.query((rs, n) -> texts.put(rs.getString(1), rs.getString(2))).list();
		return texts;
	}

	private static Map<String, String> narratives() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("situation", "Trong năm, tình hình kinh tế - xã hội trên địa bàn ổn định; cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo "
				+ "thực hiện Cuộc vận động.");
		map.put("assessment", "Cuộc vận động được triển khai đồng bộ, thiết thực; bên cạnh kết quả đạt được vẫn còn một số hạn chế cần khắc phục.");
		map.put("direction", "Tiếp tục đẩy mạnh tuyên truyền, nhân rộng mô hình, thực hiện các kiến nghị sau kiểm tra, giám sát.");
		return map;
	}

}
