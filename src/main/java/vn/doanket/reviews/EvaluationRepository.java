package vn.doanket.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EvaluationScheme scheme(long provinceId, int year) {
		List<EvaluationScheme.Criterion> criteria = jdbc.sql("""
				select id, code, content_no, text, max_points from review_criterion where province_id = :p and year = :y order by position""")
			.param("p", provinceId)
			.param("y", year)
			.query((rs, n) -> new EvaluationScheme.Criterion(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
			.list();
		List<EvaluationScheme.EvaluationClass> classes = jdbc.sql("""
				select min_points, label from review_class where province_id = :p and year = :y order by min_points desc""")
			.param("p", provinceId)
			.param("y", year)
			.query((rs, n) -> new EvaluationScheme.EvaluationClass(rs.getInt(1), rs.getString(2)))
			.list();
		return new EvaluationScheme(criteria, classes);
	}

	boolean anyEvaluation(long provinceId, int year) {
		return jdbc.sql("""
				select exists (select 1 from area_evaluation_score s join review_criterion c on c.id = s.criterion_id
				where c.province_id = :p and c.year = :y)""").param("p", provinceId).param("y", year).query(Boolean.class).single();
	}

	void replaceScheme(long provinceId, int year, EvaluationScheme scheme) {
		jdbc.sql("delete from review_criterion where province_id = :p and year = :y").param("p", provinceId).param("y", year).update();
		jdbc.sql("delete from review_class where province_id = :p and year = :y").param("p", provinceId).param("y", year).update();
		int position = 0;
		for (EvaluationScheme.Criterion c : scheme.criteria()) {
			jdbc.sql("""
					insert into review_criterion (province_id, year, code, content_no, text, max_points, position)
					values (:p, :y, :code, :content, :text, :max, :pos)""")
				.param("p", provinceId)
				.param("y", year)
				.param("code", c.code().strip())
				.param("content", c.contentNo())
				.param("text", c.text().strip())
				.param("max", c.maxPoints())
				.param("pos", position++)
				.update();
		}
		for (EvaluationScheme.EvaluationClass c : scheme.classes()) {
			jdbc.sql("insert into review_class (province_id, year, min_points, label) values (:p, :y, :min, :label)")
				.param("p", provinceId)
				.param("y", year)
				.param("min", c.minPoints())
				.param("label", c.label().strip())
				.update();
		}
	}

	Optional<AreaEvaluation> find(long areaId, int year) {
		return jdbc.sql("""
				select e.*, a.name as area_name, a.commune_id from area_evaluation e join residential_area a on a.id = e.area_id
				where e.area_id = :a and e.year = :y""")
			.param("a", areaId)
			.param("y", year)
			.query((rs, n) -> new AreaEvaluation(rs.getLong("id"), rs.getLong("area_id"), rs.getString("area_name"), rs.getLong("commune_id"),
					rs.getInt("year"), rs.getString("status"), rs.getInt("self_total"), (Integer) rs.getObject("confirmed_total"),
					rs.getString("class_label"), Map.of(), Map.of(), rs.getString("assessed_by"), rs.getString("confirmed_by")))
			.optional()
			.map(e -> new AreaEvaluation(e.id(), e.areaId(), e.areaName(), e.communeId(), e.year(), e.status(), e.selfTotal(),
					e.confirmedTotal(), e.classLabel(), points(e.id(), "self_points"), points(e.id(), "confirmed_points"), e.assessedBy(),
					e.confirmedBy()));
	}

	private Map<String, Integer> points(long evaluationId, String column) {
		Map<String, Integer> points = new LinkedHashMap<>();
		jdbc.sql("select c.code, s." + column + " from area_evaluation_score s join review_criterion c on c.id = s.criterion_id "
				+ "where s.evaluation_id = :e and s." + column + " is not null order by c.position")
			.param("e", evaluationId)
			.query((rs, n) -> points.put(rs.getString(1), rs.getInt(2)))
			.list();
		return points;
	}

	long saveSelfAssessment(long areaId, int year, int total, String user) {
		jdbc.sql("delete from area_evaluation_score where evaluation_id in (select id from area_evaluation where area_id = :a and year = :y)")
			.param("a", areaId).param("y", year).update();
		return jdbc.sql("""
				insert into area_evaluation (area_id, year, status, self_total, assessed_by) values (:a, :y, 'SELF_ASSESSED', :t, :by)
				on conflict (area_id, year) do update set self_total = excluded.self_total, assessed_by = excluded.assessed_by
				returning id""")
			.param("a", areaId)
			.param("y", year)
			.param("t", total)
			.param("by", user)
			.query(Long.class)
			.single();
	}

	void saveSelfPoints(long evaluationId, long criterionId, int points) {
		jdbc.sql("insert into area_evaluation_score (evaluation_id, criterion_id, self_points) values (:e, :c, :p)")
			.param("e", evaluationId)
			.param("c", criterionId)
			.param("p", points)
			.update();
	}

	void confirm(long evaluationId, Map<Long, Integer> points, int total, String label, String user) {
		points.forEach((criterion, p) -> jdbc.sql("update area_evaluation_score set confirmed_points = :p where evaluation_id = :e and criterion_id = :c")
			.param("p", p)
			.param("e", evaluationId)
			.param("c", criterion)
			.update());
		jdbc.sql("""
				update area_evaluation set status = 'CONFIRMED', confirmed_total = :t, class_label = :l, confirmed_by = :by, confirmed_at = now()
				where id = :e""")
			.param("t", total)
			.param("l", label)
			.param("by", user)
			.param("e", evaluationId)
			.update();
	}

	/** Per child unit of the parent (or per area when the parent is a commune): areas, confirmed evaluations and their classes. */
	List<ClassShareRow> rollUp(long parentId, boolean commune, int year) {
		String groups = commune
				? "select a.id as gid, cast(a.id as text) as code, a.name, a.id as area_id from residential_area a where a.commune_id = :parent"
				: "select c.id as gid, c.code, c.name, a.id as area_id from unit c left join (unit u join residential_area a "
						+ "on a.commune_id = u.id) on u.path like c.path || '%' where c.parent_id = :parent";
		Map<Long, ClassShareRow> rows = new LinkedHashMap<>();
		jdbc.sql("with g as (" + groups + ") select g.gid, g.code, g.name, count(g.area_id) as areas, "
				+ "count(e.id) filter (where e.status = 'CONFIRMED') as evaluated from g "
				+ "left join area_evaluation e on e.area_id = g.area_id and e.year = :y group by g.gid, g.code, g.name order by g.code")
			.param("parent", parentId)
			.param("y", year)
			.query((rs, n) -> rows.put(rs.getLong(1), new ClassShareRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), new LinkedHashMap<>())))
			.list();
		jdbc.sql("with g as (" + groups + ") select g.gid, e.class_label, count(*) from g "
				+ "join area_evaluation e on e.area_id = g.area_id and e.year = :y and e.status = 'CONFIRMED' group by g.gid, e.class_label")
			.param("parent", parentId)
			.param("y", year)
			.query((rs, n) -> rows.get(rs.getLong(1)).perClass().put(rs.getString(2) == null ? "" : rs.getString(2), rs.getInt(3)))
			.list();
		return List.copyOf(rows.values());
	}

}
