package vn.doanket.reviews;

import java.time.LocalDate;
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
import vn.doanket.units.Units;

/**
 * Demo emulation criteria and scores of Kon Tum's cluster no. 1 for 2023, and a 2023 commendation decision of the
 * province with three awards (illustrative names).
 */
@Component
@Order(33)
class CommendationsDemoData implements ApplicationRunner {

	static final String SUMMARY = "xuất sắc trong thực hiện Cuộc vận động năm 2023";

	private static final Logger log = LoggerFactory.getLogger(CommendationsDemoData.class);

	private final JdbcClient jdbc;

	private final Units units;

	private final DemoMode demo;

	CommendationsDemoData(JdbcClient jdbc, Units units, DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from commendation_decision").query(Long.class).single() > 0) {
			return;
		}
		long kontum = unit("62");
		jdbc.sql("select id from emulation_cluster where owner_unit_id = :o order by id limit 1").param("o", kontum).query(Long.class).optional()
			.ifPresent(this::emulation);
		long decision = jdbc.sql("""
				insert into commendation_decision (issuer_unit_id, number, symbol, issued_on, form, summary, created_by)
				values (:u, 45, 'QĐ-MTTQ-BTT', :d, 'BANG_KHEN', :s, 'system') returning id""")
			.param("u", kontum).param("d", LocalDate.of(2023, 11, 15)).param("s", SUMMARY).query(Long.class).single();
		award(decision, "COLLECTIVE", "Ban công tác Mặt trận thôn Đắk Ung", unit("23353"), "Khu dân cư tiêu biểu năm 2023");
		award(decision, "INDIVIDUAL", "Nguyễn Văn Hùng", unit("610"), "Cán bộ Mặt trận huyện có nhiều đóng góp xây dựng mô hình");
		award(decision, "COLLECTIVE", "Ủy ban MTTQ Việt Nam thành phố Kon Tum", unit("608"), "Dẫn đầu phong trào đô thị văn minh");
		log.info("Demo emulation scores and commendations created for Kon Tum 2023");
	}

	private void emulation(long cluster) {
		List<String[]> criteria = List.of(new String[] { "1", "Tuyên truyền, vận động", "30" },
				new String[] { "2", "Xây dựng, nhân rộng mô hình", "40" }, new String[] { "3", "Ngày hội Đại đoàn kết", "30" });
		int position = 0;
		for (String[] c : criteria) {
			jdbc.sql("insert into emulation_criterion (cluster_id, year, code, text, max_points, position) values (:c, 2023, :code, :t, :m, :p)")
				.param("c", cluster).param("code", c[0]).param("t", c[1]).param("m", Integer.parseInt(c[2])).param("p", position++).update();
		}
		List<Long> members = jdbc.sql("select unit_id from emulation_cluster_member where cluster_id = :c order by unit_id").param("c", cluster)
			.query(Long.class).list();
		for (int m = 0; m < members.size(); m++) {
			int offset = m;
			jdbc.sql("""
					insert into emulation_score (criterion_id, unit_id, points, entered_by)
					select id, :u, max_points - :off - position, 'system' from emulation_criterion where cluster_id = :c and year = 2023""")
				.param("u", members.get(m)).param("off", offset * 2).param("c", cluster).update();
		}
	}

	private void award(long decision, String kind, String name, long unitId, String reason) {
		jdbc.sql("insert into commendation_award (decision_id, kind, name, unit_id, reason) values (:d, :k, :n, :u, :r)")
			.param("d", decision).param("k", kind).param("n", name).param("u", unitId).param("r", reason).update();
	}

	private long unit(String code) {
		return units.byCode(code, Units.REFORM_EVE).orElseThrow().id();
	}

}
