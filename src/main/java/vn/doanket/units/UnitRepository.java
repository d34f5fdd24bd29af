package vn.doanket.units;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

	static final String COLUMNS = """
			u.id, u.catalog, u.code, u.name, u.level, u.type, u.parent_id, p.code as parent_code,
			u.valid_from, u.valid_to, u.path, u.depth
			from unit u left join unit p on p.id = u.parent_id
			""";

	static final String VALID_AT = "(u.valid_from is null or u.valid_from <= :at) and (u.valid_to is null or u.valid_to >= :at)";

	static final RowMapper<AdminUnit> MAPPER = UnitRepository::map;

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AdminUnit> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " where u.id = :id").param("id", id).query(MAPPER).optional();
	}

	Optional<AdminUnit> findByCodeAt(String code, LocalDate at) {
		return jdbc.sql("select " + COLUMNS + " where u.code = :code and " + VALID_AT)
			.param("code", code)
			.param("at", at)
			.query(MAPPER)
			.optional();
	}

	/** The newest version carrying this code, whatever its dates. */
	Optional<AdminUnit> findLatestByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " where u.code = :code order by u.valid_from desc nulls last limit 1")
			.param("code", code)
			.query(MAPPER)
			.optional();
	}

	List<AdminUnit> findChildren(long parentId) {
		return jdbc.sql("select " + COLUMNS + " where u.parent_id = :id order by u.code").param("id", parentId).query(MAPPER).list();
	}

	List<AdminUnit> findAncestors(AdminUnit unit) {
		return jdbc.sql("select " + COLUMNS + " where :path like u.path || '%' and u.id <> :id order by u.depth")
			.param("path", unit.path())
			.param("id", unit.id())
			.query(MAPPER)
			.list();
	}

	List<AdminUnit> findSubtree(AdminUnit unit) {
		return jdbc.sql("select " + COLUMNS + " where u.path like :prefix order by u.depth, u.code")
			.param("prefix", unit.path() + "%")
			.query(MAPPER)
			.list();
	}

	List<AdminUnit> findAtLevel(UnitLevel level, LocalDate at, String parentPath, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " where u.level = :level and " + VALID_AT
				+ " and u.path like :prefix order by u.code offset :offset limit :limit")
			.param("level", level.dbValue())
			.param("at", at)
			.param("prefix", parentPath + "%")
			.param("offset", offset)
			.param("limit", limit)
			.query(MAPPER)
			.list();
	}

	long countAtLevel(UnitLevel level, LocalDate at, String parentPath) {
		return jdbc.sql("select count(*) from unit u where u.level = :level and " + VALID_AT + " and u.path like :prefix")
			.param("level", level.dbValue())
			.param("at", at)
			.param("prefix", parentPath + "%")
			.query(Long.class)
			.single();
	}

	/** Units whose accent-free name contains every accent-free word of the query, best matches first. */
	List<AdminUnit> search(String query, LocalDate at, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + " where " + searchCondition(at)
				+ " order by (u.name_folded like '%' || fold(:q) || '%') desc, u.depth, similarity(u.name_folded, fold(:q)) desc, u.code"
				+ " offset :offset limit :limit")
			.params(searchParams(query, at))
			.param("offset", offset)
			.param("limit", limit)
			.query(MAPPER)
			.list();
	}

	long countSearch(String query, LocalDate at) {
		return jdbc.sql("select count(*) from unit u where " + searchCondition(at))
			.params(searchParams(query, at))
			.query(Long.class)
			.single();
	}

	private static String searchCondition(LocalDate at) {
		String words = "(select bool_and(u.name_folded like '%' || w || '%') from unnest(string_to_array(fold(:q), ' ')) w where w <> '')";
		return words + (at == null ? "" : " and " + VALID_AT);
	}

	private static java.util.Map<String, Object> searchParams(String foldedQuery, LocalDate at) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("q", foldedQuery);
		if (at != null) {
			params.put("at", at);
		}
		return params;
	}

	List<UnitSuccession> findSuccessors(AdminUnit unit) {
		return jdbc.sql("select s.merge_type, " + COLUMNS.replace("from unit u", "from unit_successor s join unit u on u.id = s.successor_id")
				+ " where s.unit_id = :id order by u.code")
			.param("id", unit.id())
			.query((rs, n) -> new UnitSuccession(unit, map(rs, n), rs.getString("merge_type")))
			.list();
	}

	List<UnitSuccession> findPredecessors(AdminUnit unit) {
		return jdbc.sql("select s.merge_type, " + COLUMNS.replace("from unit u", "from unit_successor s join unit u on u.id = s.unit_id")
				+ " where s.successor_id = :id order by u.code")
			.param("id", unit.id())
			.query((rs, n) -> new UnitSuccession(map(rs, n), unit, rs.getString("merge_type")))
			.list();
	}

	/** Whether {@code unitId} or one of its successors lies in the subtree of {@code rootId}. */
	boolean isWithinOrSucceededInto(long unitId, long rootId) {
		return jdbc.sql("""
				select exists (select 1 from unit r, unit x where r.id = :root and x.id = :unit and x.path like r.path || '%')
				    or exists (select 1 from unit r, unit_successor s join unit n on n.id = s.successor_id
				               where r.id = :root and s.unit_id = :unit and n.path like r.path || '%')
				""").param("root", rootId).param("unit", unitId).query(Boolean.class).single();
	}

	private static AdminUnit map(ResultSet rs, int rowNum) throws SQLException {
		return new AdminUnit(rs.getLong("id"), rs.getString("catalog"), rs.getString("code"), rs.getString("name"),
				UnitLevel.parse(rs.getString("level")), rs.getString("type"), (Long) rs.getObject("parent_id"),
				rs.getString("parent_code"), toDate(rs.getDate("valid_from")), toDate(rs.getDate("valid_to")),
				rs.getString("path"), rs.getInt("depth"));
	}

	private static LocalDate toDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
