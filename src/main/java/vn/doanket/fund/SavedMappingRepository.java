package vn.doanket.fund;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statement mappings each fund saved under its own name, kept as the JSON an upload would carry. */
@Repository
class SavedMappingRepository {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SavedMappingRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<SavedMapping> of(long fundId) {
		return jdbc.sql("select * from fund_statement_mapping where fund_id = :f order by name")
			.param("f", fundId)
			.query((rs, n) -> mapping(rs))
			.list();
	}

	Optional<SavedMapping> find(long id) {
		return jdbc.sql("select * from fund_statement_mapping where id = :id").param("id", id).query((rs, n) -> mapping(rs)).optional();
	}

	boolean nameTaken(long fundId, String name, Long exceptId) {
		return jdbc.sql("select count(*) from fund_statement_mapping where fund_id = :f and lower(name) = lower(:n) and id <> :x")
			.param("f", fundId)
			.param("n", name)
			.param("x", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long fundId, MappingInput input, String username) {
		return jdbc.sql("""
				insert into fund_statement_mapping (fund_id, name, mapping_json, updated_by) values (:f, :n, :j, :u) returning id""")
			.param("f", fundId)
			.param("n", input.name())
			.param("j", json.writeValueAsString(input))
			.param("u", username)
			.query(Long.class)
			.single();
	}

	void update(long id, MappingInput input, String username) {
		jdbc.sql("update fund_statement_mapping set name = :n, mapping_json = :j, updated_by = :u, updated_at = now() where id = :id")
			.param("n", input.name())
			.param("j", json.writeValueAsString(input))
			.param("u", username)
			.param("id", id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from fund_statement_mapping where id = :id").param("id", id).update();
	}

	String jsonOf(SavedMapping mapping) {
		return json.writeValueAsString(mapping.input());
	}

	private SavedMapping mapping(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SavedMapping(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("name"),
				json.readValue(rs.getString("mapping_json"), MappingInput.class), rs.getString("updated_by"));
	}

}
