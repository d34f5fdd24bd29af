package vn.doanket.reviews;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SurveyRepository {

	private final JdbcClient jdbc;

	SurveyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean templateNameTaken(String name) {
		return jdbc.sql("select exists (select 1 from survey_template where name = :n)").param("n", name).query(Boolean.class).single();
	}

	long insertTemplate(SurveyInputs.Template template) {
		long id = jdbc.sql("insert into survey_template (name) values (:n) returning id").param("n", template.name().strip())
			.query(Long.class).single();
		int q = 0;
		for (SurveyInputs.QuestionInput question : template.questions()) {
			long qid = jdbc.sql("""
					insert into survey_question (template_id, position, text, measures_satisfaction) values (:t, :p, :text, :m) returning id""")
				.param("t", id).param("p", q++).param("text", question.text().strip())
				.param("m", Boolean.TRUE.equals(question.measuresSatisfaction())).query(Long.class).single();
			int o = 0;
			for (SurveyInputs.OptionInput option : question.options()) {
				jdbc.sql("insert into survey_option (question_id, position, label, satisfied) values (:q, :p, :l, :s)")
					.param("q", qid).param("p", o++).param("l", option.label().strip())
					.param("s", Boolean.TRUE.equals(option.satisfied())).update();
			}
		}
		return id;
	}

	List<SurveyRound.Question> questions(long templateId) {
		return jdbc.sql("select id, text, measures_satisfaction from survey_question where template_id = :t order by position")
			.param("t", templateId)
			.query((rs, n) -> new SurveyRound.Question(rs.getLong(1), rs.getString(2), rs.getBoolean(3), List.of()))
			.list()
			.stream()
			.map(q -> new SurveyRound.Question(q.id(), q.text(), q.measuresSatisfaction(),
					jdbc.sql("select id, label, satisfied from survey_option where question_id = :q order by position").param("q", q.id())
						.query((rs, n) -> new SurveyRound.Option(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list()))
			.toList();
	}

	List<Object[]> templates() {
		return jdbc.sql("select id, name from survey_template order by name").query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
	}

	Optional<String> templateName(long id) {
		return jdbc.sql("select name from survey_template where id = :id").param("id", id).query(String.class).optional();
	}

	long insertRound(long unitId, SurveyInputs.Round round, String user) {
		return jdbc.sql("""
				insert into survey_round (unit_id, template_id, title, starts_on, ends_on, min_coverage_pct, satisfied_threshold_pct, created_by)
				values (:u, :t, :title, :s, :e, :c, :sat, :by) returning id""")
			.param("u", unitId).param("t", round.templateId()).param("title", round.title().strip()).param("s", round.startsOn())
			.param("e", round.endsOn()).param("c", round.minCoveragePct()).param("sat", round.satisfiedThresholdPct()).param("by", user)
			.query(Long.class).single();
	}

	Optional<SurveyRound> findRound(long id) {
		return jdbc.sql("""
				select r.*, u.name as unit_name, u.path, t.name as template_name from survey_round r join unit u on u.id = r.unit_id
				join survey_template t on t.id = r.template_id where r.id = :id""")
			.param("id", id)
			.query((rs, n) -> new SurveyRound(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("template_id"),
					rs.getString("template_name"), rs.getString("title"), rs.getDate("starts_on").toLocalDate(),
					rs.getDate("ends_on").toLocalDate(), rs.getInt("min_coverage_pct"), rs.getInt("satisfied_threshold_pct"),
					questions(rs.getLong("template_id")), areas(rs.getLong("id"), rs.getString("path"))))
			.optional();
	}

	List<Long> roundsUnder(String path) {
		return jdbc.sql("select r.id from survey_round r join unit u on u.id = r.unit_id where u.path like :p order by r.starts_on desc, r.id desc")
			.param("p", path + "%").query(Long.class).list();
	}

	/** Per area: the tally's figures plus the individual ballots (each ballot is one household surveyed). */
	private List<SurveyRound.AreaResult> areas(long roundId, String unitPath) {
		return jdbc.sql("""
				select a.id, a.name, a.households, t.households_surveyed,
				       (select sum(x.count) from survey_tally_answer x join survey_option o on o.id = x.option_id
				        join survey_question q on q.id = o.question_id
				        where x.round_id = :r and x.area_id = a.id and o.satisfied and q.measures_satisfaction) as satisfied,
				       (select count(*) from survey_ballot b where b.round_id = :r and b.area_id = a.id) as ballots,
				       (select count(*) from survey_ballot b join survey_ballot_answer x on x.ballot_id = b.id
				        join survey_option o on o.id = x.option_id join survey_question q on q.id = x.question_id
				        where b.round_id = :r and b.area_id = a.id and o.satisfied and q.measures_satisfaction) as ballots_satisfied
				from residential_area a join unit u on u.id = a.commune_id
				left join survey_tally t on t.round_id = :r and t.area_id = a.id
				where u.path like :p order by u.code, a.name""")
			.param("r", roundId).param("p", unitPath + "%")
			.query((rs, n) -> {
				boolean entered = rs.getObject(4) != null || rs.getInt(6) > 0;
				return new SurveyRound.AreaResult(rs.getLong(1), rs.getString(2), rs.getInt(3),
						entered ? rs.getInt(4) + rs.getInt(6) : null, entered ? rs.getInt(5) + rs.getInt(7) : null, rs.getInt(6));
			})
			.list();
	}

	/** One anonymous ballot: the area and, per question answered, the option chosen. */
	long insertBallot(long roundId, long areaId, Map<Long, Long> answers, String user) {
		long id = jdbc.sql("insert into survey_ballot (round_id, area_id, entered_by) values (:r, :a, :by) returning id")
			.param("r", roundId).param("a", areaId).param("by", user).query(Long.class).single();
		answers.forEach((question, option) -> jdbc.sql("insert into survey_ballot_answer (ballot_id, question_id, option_id) values (:b, :q, :o)")
			.param("b", id).param("q", question).param("o", option).update());
		return id;
	}

	/** Takes a lock on the round and area so that two clerks cannot both enter the area's last household. */
	int ballotsOf(long roundId, long areaId) {
		jdbc.sql("select pg_advisory_xact_lock(:r, :a)").param("r", (int) roundId).param("a", (int) areaId).query((rs, n) -> 1).list();
		return jdbc.sql("select count(*) from survey_ballot where round_id = :r and area_id = :a").param("r", roundId).param("a", areaId)
			.query(Integer.class).single();
	}

	Optional<Integer> talliedHouseholds(long roundId, long areaId) {
		return jdbc.sql("select households_surveyed from survey_tally where round_id = :r and area_id = :a").param("r", roundId)
			.param("a", areaId).query(Integer.class).optional();
	}

	void saveTally(long roundId, long areaId, SurveyInputs.Tally tally, String user) {
		jdbc.sql("delete from survey_tally_answer where round_id = :r and area_id = :a").param("r", roundId).param("a", areaId).update();
		jdbc.sql("""
				insert into survey_tally (round_id, area_id, households_surveyed, entered_by) values (:r, :a, :h, :by)
				on conflict (round_id, area_id) do update set households_surveyed = excluded.households_surveyed, entered_by = excluded.entered_by""")
			.param("r", roundId).param("a", areaId).param("h", tally.householdsSurveyed()).param("by", user).update();
		tally.answers().forEach((option, count) -> jdbc.sql("""
				insert into survey_tally_answer (round_id, area_id, option_id, count) values (:r, :a, :o, :c)""")
			.param("r", roundId).param("a", areaId).param("o", option).param("c", count).update());
	}

}
