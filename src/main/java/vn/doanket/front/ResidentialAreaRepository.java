package vn.doanket.front;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ResidentialAreaRepository {

	/** Sort keys users may ask for, mapped to SQL (never user text in SQL). */
	enum Sort {

		NAME("name_folded"), TYPE("type, name_folded"), HOUSEHOLDS("households desc, name_folded"),
		POPULATION("population desc, name_folded");

		final String sql;

		Sort(String sql) {
			this.sql = sql;
		}

		static Sort parse(String value) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(value == null ? "" : value)) {
					return sort;
				}
			}
			return NAME;
		}

	}

	private static final String COLUMNS = "id, commune_id, name, type, households, population, ethnic_minority";

	private final JdbcClient jdbc;

	ResidentialAreaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ResidentialArea> find(long communeId, String query, Sort sort, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " from residential_area where commune_id = :c and name_folded like '%' || fold(:q) || '%'"
				+ " order by " + sort.sql + " offset :o limit :l")
			.param("c", communeId)
			.param("q", query)
			.param("o", offset)
			.param("l", limit)
			.query(ResidentialAreaRepository::map)
			.list();
	}

	long count(long communeId, String query) {
		return jdbc.sql("select count(*) from residential_area where commune_id = :c and name_folded like '%' || fold(:q) || '%'")
			.param("c", communeId)
			.param("q", query)
			.query(Long.class)
			.single();
	}

	List<ResidentialArea> findAll(long communeId) {
		return jdbc.sql("select " + COLUMNS + " from residential_area where commune_id = :c order by name_folded")
			.param("c", communeId)
			.query(ResidentialAreaRepository::map)
			.list();
	}

	Optional<ResidentialArea> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from residential_area where id = :id").param("id", id).query(ResidentialAreaRepository::map).optional();
	}

	Optional<ResidentialArea> findByName(long communeId, String name) {
		return jdbc.sql("select " + COLUMNS + " from residential_area where commune_id = :c and name_folded = fold(:n)")
			.param("c", communeId)
			.param("n", name)
			.query(ResidentialAreaRepository::map)
			.optional();
	}

	long insert(long communeId, String name, AreaType type, int households, int population, boolean minority) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into residential_area (commune_id, name, type, households, population, ethnic_minority)
				values (:c, :n, :t, :h, :p, :m)""")
			.param("c", communeId)
			.param("n", name)
			.param("t", type.name())
			.param("h", households)
			.param("p", population)
			.param("m", minority)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long id, String name, AreaType type, int households, int population, boolean minority) {
		jdbc.sql("""
				update residential_area set name = :n, type = :t, households = :h, population = :p, ethnic_minority = :m,
				    updated_at = now() where id = :id""")
			.param("n", name)
			.param("t", type.name())
			.param("h", households)
			.param("p", population)
			.param("m", minority)
			.param("id", id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from residential_area where id = :id").param("id", id).update();
	}

	/** Areas per commune for a set of communes under a path: how many and how many households. */
	List<AreaCount> countsUnder(String unitPath) {
		return jdbc.sql("""
				select a.commune_id, count(*) as areas, sum(a.households) as households
				from residential_area a join unit u on u.id = a.commune_id
				where u.path like :p group by a.commune_id""")
			.param("p", unitPath + "%")
			.query((rs, n) -> new AreaCount(rs.getLong("commune_id"), rs.getInt("areas"), rs.getLong("households")))
			.list();
	}

	record AreaCount(long communeId, int areas, long households) {
	}

	private static ResidentialArea map(ResultSet rs, int n) throws SQLException {
		return new ResidentialArea(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("name"), AreaType.valueOf(rs.getString("type")),
				rs.getInt("households"), rs.getInt("population"), rs.getBoolean("ethnic_minority"));
	}

}
