package vn.doanket.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many values at once, keeping the roll-ups current when the transaction commits.
 * <p>
 * Fast path, when none of the values exists yet (the usual case of a bulk load): the values are COPied straight into
 * {@code rpt_value} inside a savepoint; their sums per unit (a commune's residential areas collapse into the
 * commune), computed while the rows are written out, are spread over the ancestors on the unit's path in memory and
 * go through a small temporary table into one upsert of the aggregates in key order.
 * <p>
 * Otherwise (a unique violation rolls the savepoint back):
 * <ol>
 * <li>COPY the rows into an unindexed temporary staging table;</li>
 * <li>one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} into {@code rpt_value}, in key order, that remembers the
 * keys it inserted;</li>
 * <li>the rows that already existed are read with their old values (locked) and updated;</li>
 * <li>one grouped upsert of the aggregate differences, as above.</li>
 * </ol>
 * Keys must be unique within one load and values non-empty. Used for demo and bulk loads; person-facing imports go
 * through {@link ValueWriting}, which also records each change in the audit log.
 */
@Component
class BulkValueLoader {

	private static final String STAGE = """
			create temp table rpt_stage (indicator_id bigint, period text, unit_id bigint, area_id bigint, member_org_id bigint,
			                             num_value numeric, text_value text, aggregated boolean) on commit drop""";

	private static final String NEW = """
			create temp table rpt_new (indicator_id bigint, period text, unit_id bigint, area_id bigint, member_org_id bigint)
			on commit drop""";

	private static final String INSERT_NEW = """
			with ins as (
			    insert into rpt_value (indicator_id, period, unit_id, area_id, member_org_id, num_value, text_value, updated_at, updated_by)
			    select indicator_id, period, unit_id, area_id, member_org_id, num_value, text_value, now(), ? from rpt_stage
			    order by indicator_id, period, unit_id, area_id, member_org_id
			    on conflict do nothing
			    returning indicator_id, period, unit_id, area_id, member_org_id)
			insert into rpt_new select * from ins""";

	/** Staged rows whose value existed before this load, with the value they had. */
	private static final String OLD = """
			create temp table rpt_old on commit drop as
			select * from rpt_stage, lateral (select null::numeric as old_value) o with no data""";

	private static final String INSERT_OLD = """
			insert into rpt_old
			select s.*, v.num_value
			from (select * from rpt_stage s where not exists (select 1 from rpt_new n where (n.indicator_id, n.period, n.unit_id,
			          n.area_id, n.member_org_id) = (s.indicator_id, s.period, s.unit_id, s.area_id, s.member_org_id))) s
			join rpt_value v using (indicator_id, period, unit_id, area_id, member_org_id)
			order by indicator_id, period, unit_id, area_id, member_org_id
			for update of v""";

	private static final String UPDATE_OLD = """
			update rpt_value v set num_value = o.num_value, text_value = o.text_value, updated_at = now(), updated_by = ?
			from rpt_old o
			where (v.indicator_id, v.period, v.unit_id, v.area_id, v.member_org_id)
			    = (o.indicator_id, o.period, o.unit_id, o.area_id, o.member_org_id)""";

	/** Differences per unit, then per ancestor; {@code %s} is the source of (key, sum difference, count difference). */
	private static final String AGGREGATES = """
			insert into rpt_aggregate (indicator_id, period, unit_id, member_org_id, total, reported)
			select d.indicator_id, d.period, a.id, m.org, sum(d.total), sum(d.reported)
			from (select indicator_id, period, unit_id, member_org_id, sum(total) as total, sum(reported) as reported
			      from (%s) x
			      group by indicator_id, period, unit_id, member_org_id) d
			join unit u on u.id = d.unit_id
			cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::bigint[]) as a(id)
			cross join lateral (select 0::bigint as org union all select d.member_org_id where d.member_org_id <> 0) as m
			group by d.indicator_id, d.period, a.id, m.org
			having sum(d.total) <> 0 or sum(d.reported) <> 0
			order by 1, 2, 3, 4
			on conflict (indicator_id, period, unit_id, member_org_id) do update
			set total = rpt_aggregate.total + excluded.total, reported = rpt_aggregate.reported + excluded.reported""";

	private static final String STAGED_VALUES = """
			select indicator_id, period, unit_id, member_org_id, num_value as total, (num_value is not null)::int as reported
			from rpt_stage where aggregated""";

	private static final String REPLACED_VALUES = STAGED_VALUES + """

			union all
			select indicator_id, period, unit_id, member_org_id, -old_value, -((old_value is not null)::int)
			from rpt_old where aggregated and old_value is not null""";

	private static final String DELTAS = """
			create temp table rpt_delta (indicator_id bigint, period text, unit_id bigint, member_org_id bigint, total numeric,
			                             reported bigint) on commit drop""";

	private static final String COPY_VALUES = """
			copy rpt_value (indicator_id, period, unit_id, area_id, member_org_id, num_value, text_value, updated_by)
			from stdin (format csv)""";

	private static final String UNIQUE_VIOLATION = "23505";

	/** Adds sums already spread over the ancestors, in key order (so that concurrent loads never deadlock). */
	private static final String ADD_SUMS = """
			insert into rpt_aggregate (indicator_id, period, unit_id, member_org_id, total, reported)
			select * from rpt_delta order by 1, 2, 3, 4
			on conflict (indicator_id, period, unit_id, member_org_id) do update
			set total = rpt_aggregate.total + excluded.total, reported = rpt_aggregate.reported + excluded.reported""";

	/** One aggregate row: indicator, period, unit (or ancestor) and organisation (0 = all). */
	private record AggregateKey(long indicatorId, String period, long unitId, long memberOrgId) implements Comparable<AggregateKey> {

		@Override
		public int compareTo(AggregateKey o) {
			int c = Long.compare(indicatorId, o.indicatorId);
			c = c != 0 ? c : period.compareTo(o.period);
			c = c != 0 ? c : Long.compare(unitId, o.unitId);
			return c != 0 ? c : Long.compare(memberOrgId, o.memberOrgId);
		}

	}

	private final JdbcTemplate jdbc;

	BulkValueLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Loads the values in the caller's transaction; returns how many values were written. */
	@Transactional(propagation = Propagation.MANDATORY)
	long load(List<ValueStore.Write> writes, String username) {
		if (writes.isEmpty()) {
			return 0;
		}
		Map<Long, long[]> ancestors = ancestors(writes);
		StringBuilder direct = new StringBuilder(writes.size() * 48);
		Map<AggregateKey, BigDecimal[]> perUnit = new HashMap<>();
		String user = quote(username);
		for (ValueStore.Write w : writes) {
			if (w.removal()) {
				throw new IllegalArgumentException("bulk loads carry values only: " + w.key());
			}
			ValueStore.Key k = w.key();
			direct.append(k.indicatorId()).append(',').append(k.period()).append(',').append(k.unitId()).append(',').append(k.areaId())
				.append(',').append(k.memberOrgId()).append(',').append(w.number() == null ? "" : w.number().toPlainString()).append(',')
				.append(w.text() == null ? "" : quote(w.text())).append(',').append(user).append('\n');
			if (w.aggregated() && w.number() != null) {
				add(perUnit, new AggregateKey(k.indicatorId(), k.period(), k.unitId(), k.memberOrgId()), w.number(), BigDecimal.ONE);
			}
		}
		TreeMap<AggregateKey, BigDecimal[]> sums = new TreeMap<>();
		perUnit.forEach((k, sum) -> {
			for (long ancestor : ancestors.get(k.unitId())) {
				add(sums, new AggregateKey(k.indicatorId(), k.period(), ancestor, 0), sum[0], sum[1]);
				if (k.memberOrgId() != 0) {
					add(sums, new AggregateKey(k.indicatorId(), k.period(), ancestor, k.memberOrgId()), sum[0], sum[1]);
				}
			}
		});
		return jdbc.execute((ConnectionCallback<Long>) con -> {
			execute(con, "set local work_mem = '128MB'");
			Savepoint savepoint = con.setSavepoint();
			try {
				long copied = copy(con, COPY_VALUES, direct.toString());
				con.releaseSavepoint(savepoint);
				applySums(con, sums);
				return copied;
			}
			catch (SQLException ex) {
				if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
					throw ex;
				}
				con.rollback(savepoint);
			}
			return upsert(con, staged(writes), username);
		});
	}

	private static void add(Map<AggregateKey, BigDecimal[]> sums, AggregateKey key, BigDecimal total, BigDecimal count) {
		BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		sum[0] = sum[0].add(total);
		sum[1] = sum[1].add(count);
	}

	private static String staged(List<ValueStore.Write> writes) {
		StringBuilder staged = new StringBuilder(writes.size() * 48);
		for (ValueStore.Write w : writes) {
			ValueStore.Key k = w.key();
			staged.append(k.indicatorId()).append(',').append(k.period()).append(',').append(k.unitId()).append(',').append(k.areaId())
				.append(',').append(k.memberOrgId()).append(',').append(w.number() == null ? "" : w.number().toPlainString()).append(',')
				.append(w.text() == null ? "" : quote(w.text())).append(',').append(w.aggregated()).append('\n');
		}
		return staged.toString();
	}

	/**
	 * The ancestors (the unit itself included) of every unit of the load, read with one query; the units and indicators
	 * must exist, as rpt_value has no per-row foreign keys.
	 */
	private Map<Long, long[]> ancestors(List<ValueStore.Write> writes) {
		Set<Long> units = new HashSet<>();
		Set<Long> indicators = new HashSet<>();
		writes.forEach(w -> {
			units.add(w.key().unitId());
			indicators.add(w.key().indicatorId());
		});
		Map<Long, long[]> paths = new HashMap<>();
		jdbc.query("select id, path from unit where id = any(string_to_array(?, ',')::bigint[])", rs -> {
			String[] parts = rs.getString(2).replaceAll("^/+|/+$", "").split("/");
			long[] ids = new long[parts.length];
			for (int i = 0; i < parts.length; i++) {
				ids[i] = Long.parseLong(parts[i]);
			}
			paths.put(rs.getLong(1), ids);
		}, list(units));
		Long known = jdbc.queryForObject("select count(*) from rpt_indicator where id = any(string_to_array(?, ',')::bigint[])", Long.class,
				list(indicators));
		if (paths.size() != units.size() || known == null || known != indicators.size()) {
			throw new IllegalArgumentException("bulk load names unknown units or indicators");
		}
		return paths;
	}

	private static String list(Set<Long> ids) {
		StringBuilder list = new StringBuilder();
		ids.forEach(id -> list.append(list.isEmpty() ? "" : ",").append(id));
		return list.toString();
	}

	private void applySums(Connection con, TreeMap<AggregateKey, BigDecimal[]> sums) throws SQLException {
		if (sums.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder(sums.size() * 40);
		sums.forEach((k, v) -> csv.append(k.indicatorId()).append(',').append(k.period()).append(',').append(k.unitId()).append(',')
			.append(k.memberOrgId()).append(',').append(v[0].toPlainString()).append(',').append(v[1].toPlainString()).append('\n'));
		execute(con, DELTAS);
		copy(con, "copy rpt_delta from stdin (format csv)", csv.toString());
		update(con, ADD_SUMS, null);
		execute(con, "drop table rpt_delta");
	}

	/** The general path: stage, insert the new rows, update the existing ones, add the differences. */
	private long upsert(Connection con, String stagedRows, String username) throws SQLException {
		execute(con, STAGE);
		long staged = copy(con, "copy rpt_stage from stdin (format csv)", stagedRows);
		execute(con, NEW);
		long inserted = update(con, INSERT_NEW, username);
		if (inserted == staged) {
			update(con, AGGREGATES.formatted(STAGED_VALUES), null);
		}
		else {
			execute(con, "analyze rpt_stage");
			execute(con, "analyze rpt_new");
			execute(con, OLD);
			update(con, INSERT_OLD, null);
			update(con, UPDATE_OLD, username);
			update(con, AGGREGATES.formatted(REPLACED_VALUES), null);
			execute(con, "drop table rpt_old");
		}
		execute(con, "drop table rpt_new");
		execute(con, "drop table rpt_stage");
		return staged;
	}

	private static long copy(Connection con, String sql, String csv) throws SQLException {
		try {
			return con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
		}
		catch (IOException ex) {
			throw new DataAccessResourceFailureException("copy failed", ex);
		}
	}

	private static void execute(Connection con, String sql) throws SQLException {
		try (Statement st = con.createStatement()) {
			st.execute(sql);
		}
	}

	private static long update(Connection con, String sql, String username) throws SQLException {
		try (var ps = con.prepareStatement(sql)) {
			if (username != null) {
				ps.setString(1, username);
			}
			return ps.executeLargeUpdate();
		}
	}

	private static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
