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
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * A demo ballot template and a 2023 survey round of Xã Đắk Pék (minimum 70% of households, 90% satisfied) with
 * tallies for all areas but the last one.
 */
@Component
@Order(32)
class SurveysDemoData implements ApplicationRunner {

	static final String TEMPLATE = "Phiếu lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới";

	static final String ROUND = "Khảo sát sự hài lòng của người dân xã Đắk Pék năm 2023";

	private static final Logger log = LoggerFactory.getLogger(SurveysDemoData.class);

	private final JdbcClient jdbc;

	private final Units units;

	private final DemoMode demo;

	SurveysDemoData(JdbcClient jdbc, Units units, DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from survey_template").query(Long.class).single() > 0) {
			return;
		}
		long template = jdbc.sql("insert into survey_template (name) values (:n) returning id").param("n", TEMPLATE).query(Long.class).single();
		long satisfaction = question(template, 0, "Ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?", true);
		long yes = option(satisfaction, 0, "Hài lòng", true);
		long no = option(satisfaction, 1, "Không hài lòng", false);
		option(satisfaction, 2, "Ý kiến khác", false);
		long voice = question(template, 1, "Ông/bà có được lấy ý kiến khi xây dựng các công trình ở thôn không?", false);
		long voiceYes = option(voice, 0, "Có", false);
		option(voice, 1, "Không", false);
		AdminUnit dakPek = units.byCode("23353", Units.REFORM_EVE).orElseThrow();
		long round = jdbc.sql("""
				insert into survey_round (unit_id, template_id, title, starts_on, ends_on, min_coverage_pct, satisfied_threshold_pct, created_by)
				values (:u, :t, :title, :s, :e, 70, 90, 'system') returning id""")
			.param("u", dakPek.id()).param("t", template).param("title", ROUND).param("s", LocalDate.of(2023, 10, 2))
			.param("e", LocalDate.of(2023, 10, 27)).query(Long.class).single();
		List<long[]> areas = jdbc.sql("select id, households from residential_area where commune_id = :c order by id")
			.param("c", dakPek.id()).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		for (int i = 0; i < areas.size() - 1; i++) {
			int surveyed = (int) (areas.get(i)[1] * 85 / 100);
			int satisfied = surveyed * 93 / 100;
			jdbc.sql("insert into survey_tally (round_id, area_id, households_surveyed, entered_by) values (:r, :a, :h, 'system')")
				.param("r", round).param("a", areas.get(i)[0]).param("h", surveyed).update();
			answer(round, areas.get(i)[0], yes, satisfied);
			answer(round, areas.get(i)[0], no, surveyed - satisfied);
			answer(round, areas.get(i)[0], voiceYes, surveyed * 4 / 5);
		}
		log.info("Demo satisfaction survey created for Xã Đắk Pék 2023");
	}

	private long question(long template, int position, String text, boolean satisfaction) {
		return jdbc.sql("insert into survey_question (template_id, position, text, measures_satisfaction) values (:t, :p, :x, :m) returning id")
			.param("t", template).param("p", position).param("x", text).param("m", satisfaction).query(Long.class).single();
	}

	private long option(long question, int position, String label, boolean satisfied) {
		return jdbc.sql("insert into survey_option (question_id, position, label, satisfied) values (:q, :p, :l, :s) returning id")
			.param("q", question).param("p", position).param("l", label).param("s", satisfied).query(Long.class).single();
	}

	private void answer(long round, long area, long option, int count) {
		jdbc.sql("insert into survey_tally_answer (round_id, area_id, option_id, count) values (:r, :a, :o, :c)")
			.param("r", round).param("a", area).param("o", option).param("c", count).update();
	}

}
