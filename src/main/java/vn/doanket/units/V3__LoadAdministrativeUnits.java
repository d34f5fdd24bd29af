package vn.doanket.units;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the national unit catalogs shipped in {@code data/units} (see NOTICE): 2023 (in force until 2025-06-30) and
 * 2025 (from 2025-07-01), the official conversion table, and the derived successors at every level.
 */
@Component
class V3__LoadAdministrativeUnits extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement st = connection.createStatement()) {
			st.execute("""
					create temporary table unit_stage (catalog varchar(8), code varchar(10), name text, level varchar(12),
					    type text, parent_code varchar(10)) on commit drop""");
			st.execute("""
					create temporary table mapping_stage (old_code varchar(10), old_name text, new_code varchar(10),
					    new_name text, merge_type varchar(10), note text) on commit drop""");
		}
		stageUnits(connection, "2023", "data/units/vn_2023_units.csv");
		stageUnits(connection, "2025", "data/units/vn_2025_units.csv");
		stageMapping(connection);
		try (Statement st = connection.createStatement()) {
			st.execute("""
					insert into unit (catalog, code, name, level, type, valid_from, valid_to, path, depth)
					select catalog, code, name, level, type,
					       case catalog when '2025' then date '2025-07-01' end,
					       case catalog when '2023' then date '2025-06-30' end, '', 0
					from unit_stage""");
			st.execute("""
					update unit u set parent_id = p.id
					from unit_stage s join unit p on p.catalog = s.catalog and p.code = s.parent_code
					where s.catalog = u.catalog and s.code = u.code""");
			st.execute("update unit set path = '/' || id || '/' where parent_id is null");
			for (int depth = 1; depth <= 2; depth++) {
				st.execute("update unit c set path = p.path || c.id || '/', depth = " + depth
						+ " from unit p where c.parent_id = p.id and p.path <> '' and c.path = ''");
			}
			st.execute("""
					insert into unit_mapping (old_code, old_name, old_unit_id, new_code, new_name, new_unit_id, merge_type, note)
					select m.old_code, m.old_name, o.id, m.new_code, m.new_name, n.id, m.merge_type, m.note
					from mapping_stage m
					left join unit o on o.catalog = '2023' and o.code = m.old_code
					left join unit n on n.catalog = '2025' and n.code = m.new_code""");
			st.execute("""
					insert into unit_successor (unit_id, successor_id, merge_type)
					select old_unit_id, new_unit_id, min(merge_type) from unit_mapping
					where old_unit_id is not null and new_unit_id is not null
					group by old_unit_id, new_unit_id""");
			// a district's successors: the new communes of its communes
			st.execute("""
					insert into unit_successor (unit_id, successor_id, merge_type)
					select distinct c.parent_id, s.successor_id, 'derived'
					from unit_successor s join unit c on c.id = s.unit_id
					join unit d on d.id = c.parent_id and d.level = 'district'""");
			// a province's successors: the new provinces of its communes
			st.execute("""
					insert into unit_successor (unit_id, successor_id, merge_type)
					select distinct p.id, np.id, 'derived'
					from unit_successor s
					join unit c on c.id = s.unit_id and c.level = 'commune'
					join unit p on p.id = split_part(c.path, '/', 2)::bigint
					join unit n on n.id = s.successor_id
					join unit np on np.id = n.parent_id""");
			st.execute("analyze unit; analyze unit_successor; analyze unit_mapping");
		}
	}

	private static void stageUnits(Connection connection, String catalog, String resource) throws IOException, SQLException {
		try (Reader reader = open(resource); PreparedStatement ps = connection.prepareStatement(
				"insert into unit_stage (catalog, code, name, level, type, parent_code) values (?, ?, ?, ?, ?, ?)")) {
			for (CSVRecord row : csv().parse(reader)) {
				ps.setString(1, catalog);
				ps.setString(2, row.get("code"));
				ps.setString(3, row.get("name"));
				ps.setString(4, row.get("level"));
				ps.setString(5, row.get("type"));
				ps.setString(6, row.get("parent_code").isBlank() ? null : row.get("parent_code"));
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private static void stageMapping(Connection connection) throws IOException, SQLException {
		try (Reader reader = open("data/units/vn_2025_mapping_detail.csv"); PreparedStatement ps = connection.prepareStatement(
				"insert into mapping_stage (old_code, old_name, new_code, new_name, merge_type, note) values (?, ?, ?, ?, ?, ?)")) {
			for (CSVRecord row : csv().parse(reader)) {
				ps.setString(1, row.get("old_code"));
				ps.setString(2, row.get("old_name"));
				ps.setString(3, row.get("new_code"));
				ps.setString(4, row.get("new_name"));
				ps.setString(5, row.get("merge_type"));
				ps.setString(6, row.get("note_vi"));
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private static Reader open(String resource) throws IOException {
		return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
	}

	private static CSVFormat csv() {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
	}

}
