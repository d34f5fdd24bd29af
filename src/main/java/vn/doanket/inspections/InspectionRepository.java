package vn.doanket.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InspectionRepository {

	private static final String SELECT = """
			select i.id, i.kind, i.inspector_unit_id, u.code as unit_code, u.name as unit_name, i.title, i.topics, i.period_from,
			       i.period_to, i.team
			from inspection i join unit u on u.id = i.inspector_unit_id
			""";

	/** Inspections made by the unit's subtree or of a unit in it. */
	private static final String WHERE = """
			 where (u.path like :prefix or exists (select 1 from inspection_target t join unit tu on tu.id = t.unit_id
			        where t.inspection_id = i.id and tu.path like :prefix))
			   and i.title_folded like '%' || fold(:q) || '%'
			   and (cast(:kind as text) is null or i.kind = :kind)
			   and (cast(:status as text) is null
			        or (:status = 'OPEN' and exists (select 1 from inspection_recommendation r where r.inspection_id = i.id and r.status <> 'CLOSED'))
			        or (:status = 'OVERDUE' and exists (select 1 from inspection_recommendation r where r.inspection_id = i.id
			            and r.status <> 'CLOSED' and r.deadline < :today)))
			""";

	private final JdbcClient jdbc;

	InspectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Inspection> findUnder(String path, InspectionFilter filter, LocalDate today, int offset, int limit) {
		return jdbc.sql(SELECT + WHERE + " order by i.period_from desc, i.id desc offset :o limit :l")
			.params(params(path, filter, today))
			.param("o", offset)
			.param("l", limit)
			.query(this::map)
			.list();
	}

	long countUnder(String path, InspectionFilter filter, LocalDate today) {
		return jdbc.sql("select count(*) from inspection i join unit u on u.id = i.inspector_unit_id " + WHERE)
			.params(params(path, filter, today))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> params(String path, InspectionFilter filter, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", path + "%");
		params.put("q", filter.query() == null ? "" : filter.query().trim());
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		params.put("status", filter.status());
		params.put("today", today);
		return params;
	}

	Optional<Inspection> findById(long id) {
		return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::map).optional();
	}

	long insert(long inspectorUnitId, InspectionKind kind, InspectionInput input, String user) {
		return jdbc.sql("""
				insert into inspection (kind, inspector_unit_id, title, topics, period_from, period_to, team, created_by)
				values (:k, :u, :t, :topics, :from, :to, :team, :by) returning id""")
			.param("k", kind.name())
			.param("u", inspectorUnitId)
			.param("t", input.title().strip())
			.param("topics", String.join("\n", input.cleanTopics()))
			.param("from", input.periodFrom())
			.param("to", input.periodTo())
			.param("team", String.join("\n", input.cleanTeam()))
			.param("by", user)
			.query(Long.class)
			.single();
	}

	void update(long id, InspectionKind kind, InspectionInput input) {
		jdbc.sql("""
				update inspection set kind = :k, title = :t, topics = :topics, period_from = :from, period_to = :to, team = :team
				where id = :id""")
			.param("k", kind.name())
			.param("t", input.title().strip())
			.param("topics", String.join("\n", input.cleanTopics()))
			.param("from", input.periodFrom())
			.param("to", input.periodTo())
			.param("team", String.join("\n", input.cleanTeam()))
			.param("id", id)
			.update();
	}

	void replaceTargets(long inspectionId, List<Long> unitIds) {
		jdbc.sql("delete from inspection_target where inspection_id = :i and unit_id not in (:u)")
			.param("i", inspectionId)
			.param("u", unitIds)
			.update();
		unitIds.forEach(u -> addTarget(inspectionId, u));
	}

	/** The inspection with its findings, visits, recommendations (their history goes with them) and targets. */
	void delete(long id) {
		jdbc.sql("delete from inspection_finding where visit_id in (select id from inspection_visit where inspection_id = :i)").param("i", id).update();
		jdbc.sql("delete from inspection_visit where inspection_id = :i").param("i", id).update();
		jdbc.sql("delete from inspection_recommendation where inspection_id = :i").param("i", id).update();
		jdbc.sql("delete from inspection_target where inspection_id = :i").param("i", id).update();
		jdbc.sql("delete from inspection where id = :i").param("i", id).update();
	}

	void addTarget(long inspectionId, long unitId) {
		jdbc.sql("insert into inspection_target (inspection_id, unit_id) values (:i, :u) on conflict do nothing")
			.param("i", inspectionId)
			.param("u", unitId)
			.update();
	}

	long insertVisit(long inspectionId, long unitId, LocalDate on, String documents, String user) {
		return jdbc.sql("""
				insert into inspection_visit (inspection_id, unit_id, visited_on, documents_reviewed, created_by)
				values (:i, :u, :d, :docs, :by) returning id""")
			.param("i", inspectionId)
			.param("u", unitId)
			.param("d", on)
			.param("docs", documents)
			.param("by", user)
			.query(Long.class)
			.single();
	}

	void addFinding(long visitId, String topic, String finding) {
		jdbc.sql("insert into inspection_finding (visit_id, topic, finding) values (:v, :t, :f)")
			.param("v", visitId)
			.param("t", topic)
			.param("f", finding)
			.update();
	}

	Optional<Long> inspectionOfVisit(long visitId) {
		return jdbc.sql("select inspection_id from inspection_visit where id = :id").param("id", visitId).query(Long.class).optional();
	}

	List<Inspection.Target> targets(long inspectionId) {
		return jdbc.sql("""
				select u.id, u.code, u.name from inspection_target t join unit u on u.id = t.unit_id
				where t.inspection_id = :i order by u.code""")
			.param("i", inspectionId)
			.query((rs, n) -> new Inspection.Target(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<Inspection.Visit> visits(long inspectionId) {
		List<Inspection.Visit> visits = jdbc.sql("""
				select v.id, v.unit_id, u.name, v.visited_on, v.documents_reviewed from inspection_visit v join unit u on u.id = v.unit_id
				where v.inspection_id = :i order by v.visited_on, v.id""")
			.param("i", inspectionId)
			.query((rs, n) -> new Inspection.Visit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
					rs.getString(5), List.of()))
			.list();
		return visits.stream()
			.map(v -> new Inspection.Visit(v.id(), v.unitId(), v.unitName(), v.visitedOn(), v.documentsReviewed(),
					jdbc.sql("select topic, finding from inspection_finding where visit_id = :v order by id")
						.param("v", v.id())
						.query((rs, n) -> new Inspection.Finding(rs.getString(1), rs.getString(2)))
						.list()))
			.toList();
	}

	private Inspection map(ResultSet rs, int n) throws SQLException {
		return new Inspection(rs.getLong("id"), InspectionKind.parse(rs.getString("kind")), rs.getLong("inspector_unit_id"),
				rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("title"), rs.getString("topics").lines().toList(),
				rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getString("team").lines().toList(),
				targets(rs.getLong("id")), List.of(), List.of());
	}

}
