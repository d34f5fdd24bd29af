package vn.doanket.activities;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FestivalRepository {

	private final JdbcClient jdbc;

	FestivalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FestivalType> types() {
		return jdbc.sql("select id, code, name, usual_time, active from festival_type order by sort_order, name").query(FestivalType.class).list();
	}

	Optional<FestivalType> type(String code) {
		return jdbc.sql("select id, code, name, usual_time, active from festival_type where code = :c")
			.param("c", code)
			.query(FestivalType.class)
			.optional();
	}

	/** Creates or replaces the record of an area's festival in a year; returns its id. */
	long upsert(long typeId, long areaId, int year, FestivalInput in) {
		return jdbc.sql("""
				insert into festival_record (festival_type_id, area_id, year, held, held_on, attendance, leaders_level, ceremony_parts,
				    festivity_parts, budget_money, social_money, households_commended, individuals_commended)
				values (:t, :a, :y, :held, :on, :att, :lead, :cer, :fest, :budget, :social, :hh, :ind)
				on conflict (festival_type_id, area_id, year) do update set held = excluded.held, held_on = excluded.held_on,
				    attendance = excluded.attendance, leaders_level = excluded.leaders_level, ceremony_parts = excluded.ceremony_parts,
				    festivity_parts = excluded.festivity_parts, budget_money = excluded.budget_money, social_money = excluded.social_money,
				    households_commended = excluded.households_commended, individuals_commended = excluded.individuals_commended
				returning id""")
			.param("t", typeId)
			.param("a", areaId)
			.param("y", year)
			.param("held", in.held())
			.param("on", in.heldOn())
			.param("att", in.attendance() == null ? 0 : in.attendance())
			.param("lead", in.leadersLevel() == null || in.leadersLevel().isBlank() ? null : in.leadersLevel())
			.param("cer", in.ceremonyParts())
			.param("fest", in.festivityParts())
			.param("budget", in.budgetMoney() == null ? 0 : in.budgetMoney())
			.param("social", in.socialMoney() == null ? 0 : in.socialMoney())
			.param("hh", in.householdsCommended() == null ? 0 : in.householdsCommended())
			.param("ind", in.individualsCommended() == null ? 0 : in.individualsCommended())
			.query(Long.class)
			.single();
	}

	/** This year's records of one festival rolled up to each child unit of the parent (null rows: no record yet). */
	List<UnityDaySummaryRow> liveSummary(long parentId, String festival, int year) {
		return jdbc.sql("""
				select c.code, c.name, count(a.id) as areas, count(r.id) filter (where r.held) as held,
				       coalesce(sum(r.attendance), 0) as attendance, coalesce(sum(r.budget_money + r.social_money), 0) as money,
				       count(r.id) as records
				from unit c
				left join unit u on u.path like c.path || '%'
				left join residential_area a on a.commune_id = u.id
				left join festival_record r on r.area_id = a.id and r.year = :y
				     and r.festival_type_id = (select id from festival_type where code = :f)
				where c.parent_id = :p
				group by c.id, c.code, c.name order by c.code""")
			.param("p", parentId)
			.param("f", festival)
			.param("y", year)
			.query((rs, n) -> rs.getLong("records") == 0 ? null
					: new UnityDaySummaryRow(rs.getString("code"), rs.getString("name"), year, rs.getInt("areas"), rs.getInt("held"),
							rs.getLong("attendance"), rs.getLong("money"), "records"))
			.list();
	}

	/** Imported counts of a year rolled up to each child unit of the parent. */
	List<UnityDaySummaryRow> historySummary(long parentId, int year) {
		return jdbc.sql("""
				select c.code, c.name, coalesce(sum(h.areas), 0) as areas, coalesce(sum(h.held), 0) as held,
				       coalesce(sum(h.attendance), 0) as attendance, coalesce(sum(h.money), 0) as money, count(h.id) as rows
				from unit c
				left join unit u on u.path like c.path || '%'
				left join unity_day_history h on h.unit_id = u.id and h.year = :y
				where c.parent_id = :p
				group by c.id, c.code, c.name order by c.code""")
			.param("p", parentId)
			.param("y", year)
			.query((rs, n) -> new UnityDaySummaryRow(rs.getString("code"), rs.getString("name"), year, rs.getInt("areas"), rs.getInt("held"),
					rs.getLong("attendance"), rs.getLong("money"), rs.getLong("rows") == 0 ? "none" : "imported"))
			.list();
	}

	void upsertHistory(long unitId, int year, int areas, int held, long attendance, long money) {
		jdbc.sql("""
				insert into unity_day_history (unit_id, year, areas, held, attendance, money) values (:u, :y, :a, :h, :att, :m)
				on conflict (unit_id, year) do update set areas = excluded.areas, held = excluded.held,
				    attendance = excluded.attendance, money = excluded.money""")
			.param("u", unitId)
			.param("y", year)
			.param("a", areas)
			.param("h", held)
			.param("att", attendance)
			.param("m", money)
			.update();
	}

	Optional<Long> areaCommune(long areaId) {
		return jdbc.sql("select commune_id from residential_area where id = :a").param("a", areaId).query(Long.class).optional();
	}

	List<FestivalRecordView> recordsOfCommune(long communeId, int year) {
		return jdbc.sql("""
				select a.id as area_id, a.name as area_name, t.code as festival, r.held, r.held_on, coalesce(r.attendance, 0) as attendance,
				       coalesce(r.budget_money, 0) + coalesce(r.social_money, 0) as money
				from residential_area a cross join festival_type t
				left join festival_record r on r.area_id = a.id and r.festival_type_id = t.id and r.year = :y
				where a.commune_id = :c and t.active order by a.name_folded, t.id""")
			.param("c", communeId)
			.param("y", year)
			.query(FestivalRecordView.class)
			.list();
	}

}
