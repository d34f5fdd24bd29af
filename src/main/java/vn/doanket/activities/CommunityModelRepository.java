package vn.doanket.activities;

import java.sql.Date;
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
class CommunityModelRepository {

	private static final String SELECT = """
			select m.id, m.unit_id, u.code as unit_code, u.name as unit_name, m.name, m.content_no, m.category, m.lead_org_id,
			       m.started_on, m.participants, m.beneficiaries, m.money_contributed, m.labour_days, m.results, m.replicates_id,
			       (select s.status from community_model_status s where s.model_id = m.id order by s.effective_on desc, s.id desc limit 1) as status,
			       array(select a.area_id from community_model_area a where a.model_id = m.id order by a.area_id) as area_ids
			from community_model m join unit u on u.id = m.unit_id
			""";

	private final JdbcClient jdbc;

	CommunityModelRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CommunityModel> findUnder(String unitPath, String query, Integer contentNo, int offset, int limit) {
		return jdbc.sql(SELECT + where() + " order by u.path, m.name_folded offset :o limit :l")
			.params(params(unitPath, query, contentNo))
			.param("o", offset)
			.param("l", limit)
			.query(CommunityModelRepository::map)
			.list();
	}

	long countUnder(String unitPath, String query, Integer contentNo) {
		return jdbc.sql("select count(*) from community_model m join unit u on u.id = m.unit_id " + where())
			.params(params(unitPath, query, contentNo))
			.query(Long.class)
			.single();
	}

	private static String where() {
		return " where u.path like :prefix and m.name_folded like '%' || fold(:q) || '%' and (cast(:content as int) is null or m.content_no = :content)";
	}

	private static Map<String, Object> params(String unitPath, String query, Integer contentNo) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", unitPath + "%");
		params.put("q", query == null ? "" : query.trim());
		params.put("content", contentNo);
		return params;
	}

	Optional<CommunityModel> findById(long id) {
		return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(CommunityModelRepository::map).optional();
	}

	long insert(long unitId, ModelInput input) {
		return jdbc.sql("""
				insert into community_model (unit_id, name, content_no, category, lead_org_id, started_on, participants, beneficiaries,
				    money_contributed, labour_days, results, replicates_id)
				values (:u, :n, :c, :cat, :lead, :start, :p, :b, :money, :labour, :results, :rep) returning id""")
			.param("u", unitId)
			.param("n", input.name().trim())
			.param("c", input.contentNo())
			.param("cat", input.category().trim())
			.param("lead", input.leadOrgId())
			.param("start", input.startedOn())
			.param("p", input.orZero(input.participants()))
			.param("b", input.orZero(input.beneficiaries()))
			.param("money", input.moneyContributed() == null ? 0L : input.moneyContributed())
			.param("labour", input.orZero(input.labourDays()))
			.param("results", input.results())
			.param("rep", input.replicatesId())
			.query(Long.class)
			.single();
	}

	void addArea(long modelId, long areaId) {
		jdbc.sql("insert into community_model_area (model_id, area_id) values (:m, :a) on conflict do nothing")
			.param("m", modelId)
			.param("a", areaId)
			.update();
	}

	void addStatus(long modelId, ModelStatus status, LocalDate on, String note) {
		jdbc.sql("insert into community_model_status (model_id, status, effective_on, note) values (:m, :s, :d, :n)")
			.param("m", modelId)
			.param("s", status.name())
			.param("d", on)
			.param("n", note)
			.update();
	}

	String findUnitPath(long unitId) {
		return jdbc.sql("select path from unit where id = :id").param("id", unitId).query(String.class).single();
	}

	/** Communes of the areas given, to check that they belong to the model's unit. */
	List<Long> communesOfAreas(List<Long> areaIds) {
		if (areaIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select commune_id from residential_area where id in (:ids)").param("ids", areaIds).query(Long.class).list();
	}

	/** Per child unit of the parent: models started in the year, maintained into it, stopped in it, replicas started in it. */
	List<ModelOverviewRow> overview(long parentId, int year) {
		return jdbc.sql("""
				with status_at_end as (
				  select m.id, m.started_on, m.replicates_id, c.id as child_id,
				         (select s.status from community_model_status s where s.model_id = m.id and s.effective_on <= :end
				          order by s.effective_on desc, s.id desc limit 1) as status,
				         (select max(s.effective_on) from community_model_status s where s.model_id = m.id and s.status = 'STOPPED') as stopped_on
				  from unit c join unit u on u.path like c.path || '%' join community_model m on m.unit_id = u.id
				  where c.parent_id = :parent)
				select c.id, c.code, c.name,
				       count(s.id) filter (where extract(year from s.started_on) = :year) as new_models,
				       count(s.id) filter (where s.started_on < :start and s.status is distinct from 'STOPPED') as maintained,
				       count(s.id) filter (where s.status = 'STOPPED' and extract(year from s.stopped_on) = :year) as stopped,
				       count(s.id) filter (where s.replicates_id is not null and extract(year from s.started_on) = :year) as replicas
				from unit c left join status_at_end s on s.child_id = c.id
				where c.parent_id = :parent
				group by c.id, c.code, c.name order by c.code""")
			.param("parent", parentId)
			.param("year", year)
			.param("start", LocalDate.of(year, 1, 1))
			.param("end", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new ModelOverviewRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("new_models"),
					rs.getInt("maintained"), rs.getInt("stopped"), rs.getInt("replicas")))
			.list();
	}

	/** How many models serve each campaign content (1–5) under the unit, and how many of those are stopped now. */
	List<int[]> countsByContent(String unitPath) {
		return jdbc.sql("""
				select m.content_no, count(*) as models,
				       count(*) filter (where (select s.status from community_model_status s where s.model_id = m.id
				                               order by s.effective_on desc, s.id desc limit 1) = 'STOPPED') as stopped
				from community_model m join unit u on u.id = m.unit_id where u.path like :p group by m.content_no order by m.content_no""")
			.param("p", unitPath + "%")
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.list();
	}

	/** Models that others replicate, with how many replicas and where. */
	List<ReplicationRow> replications(String unitPath) {
		return jdbc.sql("""
				select o.id, o.name, count(r.id) as replicas, string_agg(distinct ru.name, ', ' order by ru.name) as places
				from community_model o join unit ou on ou.id = o.unit_id
				join community_model r on r.replicates_id = o.id join unit ru on ru.id = r.unit_id
				where ou.path like :p group by o.id, o.name order by replicas desc, o.name""")
			.param("p", unitPath + "%")
			.query((rs, n) -> new ReplicationRow(rs.getLong("id"), rs.getString("name"), rs.getInt("replicas"), rs.getString("places")))
			.list();
	}

	private static CommunityModel map(ResultSet rs, int n) throws SQLException {
		Date started = rs.getDate("started_on");
		Long[] areas = (Long[]) rs.getArray("area_ids").getArray();
		return new CommunityModel(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("name"), rs.getInt("content_no"), rs.getString("category"), (Long) rs.getObject("lead_org_id"),
				started.toLocalDate(), rs.getInt("participants"), rs.getInt("beneficiaries"), rs.getLong("money_contributed"),
				rs.getInt("labour_days"), rs.getString("results"), (Long) rs.getObject("replicates_id"),
				ModelStatus.parse(rs.getString("status")), List.of(areas));
	}

}
