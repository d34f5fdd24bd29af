package vn.doanket.budget;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The provinces' norms by year ({@code budget_norm}) and the communes they class as difficult. */
@Repository
class NormRepository {

	/** A province's norms and the year from which they apply. */
	record YearNorms(int year, BudgetNorms norms) {
	}

	private final JdbcClient jdbc;

	NormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The norms in force in {@code year}: the row of that year, or else the latest earlier one of the nearest province. */
	Optional<YearNorms> effective(List<Long> provinceIds, int year) {
		return jdbc.sql("""
				select year, commune_minimum, area_base, area_threshold, area_step_households, area_step_amount, difficult_bonus,
				       unity_day_grant from budget_norm where province_id in (:p) and year <= :y order by year desc limit 1""")
			.param("p", provinceIds.isEmpty() ? List.of(-1L) : provinceIds)
			.param("y", year)
			.query((rs, n) -> new YearNorms(rs.getInt(1), new BudgetNorms(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8))))
			.optional();
	}

	void save(long provinceId, int year, BudgetNorms n, String username) {
		jdbc.sql("""
				insert into budget_norm (province_id, year, commune_minimum, area_base, area_threshold, area_step_households,
				    area_step_amount, difficult_bonus, unity_day_grant, updated_by, updated_at)
				values (:p, :y, :cm, :ab, :at, :sh, :sa, :db, :ud, :u, now())
				on conflict (province_id, year) do update set commune_minimum = excluded.commune_minimum,
				    area_base = excluded.area_base, area_threshold = excluded.area_threshold,
				    area_step_households = excluded.area_step_households, area_step_amount = excluded.area_step_amount,
				    difficult_bonus = excluded.difficult_bonus, unity_day_grant = excluded.unity_day_grant,
				    updated_by = excluded.updated_by, updated_at = now()""")
			.param("p", provinceId)
			.param("y", year)
			.param("cm", n.communeMinimum())
			.param("ab", n.areaBase())
			.param("at", n.areaThreshold())
			.param("sh", n.areaStepHouseholds())
			.param("sa", n.areaStepAmount())
			.param("db", n.difficultBonus())
			.param("ud", n.unityDayGrant())
			.param("u", username)
			.update();
	}

	List<Long> difficultCommunes(String provincePath) {
		return jdbc.sql("""
				select d.unit_id from budget_difficult_commune d join unit u on u.id = d.unit_id
				 where u.path like :p order by u.code""")
			.param("p", provincePath + "%")
			.query(Long.class)
			.list();
	}

	void markDifficult(long communeId, boolean difficult) {
		String sql = difficult ? "insert into budget_difficult_commune (unit_id) values (:u) on conflict do nothing"
				: "delete from budget_difficult_commune where unit_id = :u";
		jdbc.sql(sql).param("u", communeId).update();
	}

	boolean isDifficult(long communeId) {
		return jdbc.sql("select count(*) from budget_difficult_commune where unit_id = :u").param("u", communeId).query(Long.class).single() > 0;
	}

}
