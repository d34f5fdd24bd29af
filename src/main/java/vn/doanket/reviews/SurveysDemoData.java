package vn.doanket.reviews;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Ballot templates of four further survey types of guidance 90 (created once each, by name), and a demo ballot
 * template with a 2023 survey round of Xã Đắk Pék (minimum 70% of households, 90% satisfied) with
 * tallies for all areas but the last one.
 */
@Component
@Order(32)
class SurveysDemoData implements ApplicationRunner {

	static final String TEMPLATE = "Phiếu lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới";

	static final String ROUND = "Khảo sát sự hài lòng của người dân xã Đắk Pék năm 2023";

	private static final Logger log = LoggerFactory.getLogger(SurveysDemoData.class);

	/** Further survey types of guidance 90/HD-MTTW-BTT with their questions (the first measures satisfaction). */
	static final Map<String, List<String>> GUIDANCE_90 = new LinkedHashMap<>();

	static {
		GUIDANCE_90.put("Phiếu lấy ý kiến sự hài lòng của người dân đối với xã đạt chuẩn nông thôn mới nâng cao",
				List.of("Ông/bà có hài lòng với kết quả xây dựng xã nông thôn mới nâng cao không?",
						"Thu nhập và đời sống của gia đình so với trước khi xã xây dựng nông thôn mới nâng cao?",
						"Đường giao thông, trường học, trạm y tế, nhà văn hóa của xã so với trước?",
						"Môi trường, cảnh quan và an ninh trật tự ở thôn so với trước?"));
		GUIDANCE_90.put("Phiếu lấy ý kiến sự hài lòng của người dân đối với xã đạt chuẩn nông thôn mới kiểu mẫu",
				List.of("Ông/bà có hài lòng với kết quả xây dựng xã nông thôn mới kiểu mẫu không?",
						"Lĩnh vực nổi trội của xã (sản xuất, văn hóa, môi trường, chuyển đổi số…) so với trước?",
						"Chất lượng dịch vụ công và giải quyết thủ tục hành chính của xã so với trước?"));
		GUIDANCE_90.put("Phiếu lấy ý kiến sự hài lòng của người dân đối với phường, thị trấn đạt chuẩn đô thị văn minh",
				List.of("Ông/bà có hài lòng với kết quả xây dựng đô thị văn minh của phường, thị trấn không?",
						"Trật tự đô thị, vỉa hè, chiếu sáng và cây xanh ở tổ dân phố so với trước?",
						"Vệ sinh môi trường, thu gom rác thải ở tổ dân phố so với trước?",
						"Nếp sống văn minh, an ninh trật tự ở tổ dân phố so với trước?"));
		GUIDANCE_90.put("Phiếu lấy ý kiến sự hài lòng của người dân đối với huyện đạt chuẩn nông thôn mới",
				List.of("Ông/bà có hài lòng với kết quả xây dựng huyện nông thôn mới không?",
						"Hạ tầng liên xã, chợ, bệnh viện huyện so với trước?",
						"Việc làm và thu nhập của người dân trong huyện so với trước?"));
	}

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
		if (!demo.enabled()) {
			return;
		}
		if (jdbc.sql("select count(*) from survey_template where name = :n").param("n", TEMPLATE).query(Long.class).single() == 0) {
			demoRound();
		}
		GUIDANCE_90.forEach(this::template);
	}

	private void demoRound() {
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

	/**
	 * A ballot template of one survey type of guidance 90, created once by name: the satisfaction question first,
	 * then the questions on the results the people see.
	 */
	private void template(String name, List<String> questions) {
		if (jdbc.sql("select count(*) from survey_template where name = :n").param("n", name).query(Long.class).single() > 0) {
			return;
		}
		long template = jdbc.sql("insert into survey_template (name) values (:n) returning id").param("n", name).query(Long.class).single();
		long satisfaction = question(template, 0, questions.get(0), true);
		option(satisfaction, 0, "Rất hài lòng", true);
		option(satisfaction, 1, "Hài lòng", true);
		option(satisfaction, 2, "Chưa hài lòng", false);
		for (int i = 1; i < questions.size(); i++) {
			long q = question(template, i, questions.get(i), false);
			option(q, 0, "Tốt hơn", false);
			option(q, 1, "Như cũ", false);
			option(q, 2, "Kém hơn", false);
		}
		log.info("Demo ballot template created: {}", name);
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
