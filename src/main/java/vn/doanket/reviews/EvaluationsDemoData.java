package vn.doanket.reviews;

import java.util.List;

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
 * Demo evaluation scheme of Kon Tum for 2023 (20 points per campaign content, classes from 90, 70 and 50 points) and
 * evaluations of the first three areas of Xã Đắk Pék: two confirmed by the commune, one only self-assessed.
 */
@Component
@Order(31)
class EvaluationsDemoData implements ApplicationRunner {

	static final List<String[]> CRITERIA = List.of(
			new String[] { "1.1", "1", "Phát triển kinh tế, giảm nghèo bền vững, nâng cao đời sống" },
			new String[] { "2.1", "2", "Xây dựng đời sống văn hóa, gia đình văn hóa, tương thân tương ái" },
			new String[] { "3.1", "3", "Bảo vệ môi trường, cảnh quan sáng - xanh - sạch - đẹp" },
			new String[] { "4.1", "4", "Chấp hành pháp luật, giữ gìn an ninh trật tự" },
			new String[] { "5.1", "5", "Phát huy dân chủ, tham gia giám sát, xây dựng Đảng, chính quyền" });

	private static final Logger log = LoggerFactory.getLogger(EvaluationsDemoData.class);

	private static final int[][] SCORES = { { 19, 18, 19, 18, 18 }, { 16, 15, 14, 16, 15 }, { 12, 11, 10, 13, 12 } };

	private final JdbcClient jdbc;

	private final Units units;

	private final DemoMode demo;

	EvaluationsDemoData(JdbcClient jdbc, Units units, DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from review_criterion").query(Long.class).single() > 0) {
			return;
		}
		AdminUnit kontum = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		AdminUnit dakPek = units.byCode("23353", Units.REFORM_EVE).orElseThrow();
		int position = 0;
		for (String[] c : CRITERIA) {
			jdbc.sql("""
					insert into review_criterion (province_id, year, code, content_no, text, max_points, position)
					values (:p, 2023, :code, :content, :text, 20, :pos)""")
				.param("p", kontum.id()).param("code", c[0]).param("content", Integer.parseInt(c[1])).param("text", c[2]).param("pos", position++)
				.update();
		}
		String[][] classes = { { "90", "Xuất sắc" }, { "70", "Khá" }, { "50", "Trung bình" }, { "0", "Yếu" } };
		for (String[] c : classes) {
			jdbc.sql("insert into review_class (province_id, year, min_points, label) values (:p, 2023, :m, :l)")
				.param("p", kontum.id()).param("m", Integer.parseInt(c[0])).param("l", c[1]).update();
		}
		List<Long> areas = jdbc.sql("select id from residential_area where commune_id = :c order by id limit 3")
			.param("c", dakPek.id()).query(Long.class).list();
		for (int i = 0; i < areas.size(); i++) {
			evaluate(kontum.id(), areas.get(i), SCORES[i], i < 2);
		}
		log.info("Demo evaluations of residential areas created for Kon Tum 2023");
	}

	private void evaluate(long provinceId, long areaId, int[] scores, boolean confirmed) {
		int total = java.util.Arrays.stream(scores).sum();
		String label = total >= 90 ? "Xuất sắc" : total >= 70 ? "Khá" : total >= 50 ? "Trung bình" : "Yếu";
		long id = jdbc.sql("""
				insert into area_evaluation (area_id, year, status, self_total, confirmed_total, class_label, assessed_by, confirmed_by, confirmed_at)
				values (:a, 2023, :s, :t, :ct, :l, 'system', :cb, case when :confirmed then now() end) returning id""")
			.param("a", areaId)
			.param("s", confirmed ? "CONFIRMED" : "SELF_ASSESSED")
			.param("t", total)
			.param("ct", confirmed ? total : null)
			.param("l", confirmed ? label : null)
			.param("cb", confirmed ? "system" : null)
			.param("confirmed", confirmed)
			.query(Long.class)
			.single();
		for (int i = 0; i < scores.length; i++) {
			jdbc.sql("""
					insert into area_evaluation_score (evaluation_id, criterion_id, self_points, confirmed_points)
					select :e, id, :p, :cp from review_criterion where province_id = :prov and year = 2023 and code = :code""")
				.param("e", id).param("p", scores[i]).param("cp", confirmed ? scores[i] : null).param("prov", provinceId)
				.param("code", CRITERIA.get(i)[0]).update();
		}
	}

}
