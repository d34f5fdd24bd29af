package vn.doanket.reporting;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many values at once: COPY into a temporary staging table, then one statement that upserts the values and adds
 * the differences to the aggregates of every ancestor, so roll-ups are current when the transaction commits. Keys must
 * be unique within one load and values non-empty. Used for demo and bulk loads; person-facing imports go through
 * {@link ValueWriting}, which also records each change in the audit log.
 */
@Component
class BulkValueLoader {

	private static final String STAGE = """
			create temp table rpt_stage (indicator_id bigint, period text, unit_id bigint, member_org_id bigint,
			                             num_value numeric, text_value text, aggregated boolean) on commit drop""";

	private static final String APPLY = """
			with old as (
			    select s.*, v.num_value as old_value
			    from rpt_stage s
			    left join rpt_value v on v.indicator_id = s.indicator_id and v.period = s.period and v.unit_id = s.unit_id
			                         and v.member_org_id = s.member_org_id
			), up as (
			    insert into rpt_value (indicator_id, period, unit_id, member_org_id, num_value, text_value, updated_at, updated_by)
			    select indicator_id, period, unit_id, member_org_id, num_value, text_value, now(), ? from rpt_stage
			    on conflict (indicator_id, period, unit_id, member_org_id) do update
			    set num_value = excluded.num_value, text_value = excluded.text_value, updated_at = now(), updated_by = excluded.updated_by
			)
			insert into rpt_aggregate (indicator_id, period, unit_id, member_org_id, total, reported)
			select o.indicator_id, o.period, a.id, m.org,
			       sum(coalesce(o.num_value, 0) - coalesce(o.old_value, 0)),
			       sum((o.num_value is not null)::int - (o.old_value is not null)::int)
			from old o
			join unit u on u.id = o.unit_id
			cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::bigint[]) as a(id)
			cross join lateral (select 0::bigint as org union all select o.member_org_id where o.member_org_id <> 0) as m
			where o.aggregated
			group by o.indicator_id, o.period, a.id, m.org
			having sum(coalesce(o.num_value, 0) - coalesce(o.old_value, 0)) <> 0
			    or sum((o.num_value is not null)::int - (o.old_value is not null)::int) <> 0
			order by 1, 2, 3, 4
			on conflict (indicator_id, period, unit_id, member_org_id) do update
			set total = rpt_aggregate.total + excluded.total, reported = rpt_aggregate.reported + excluded.reported""";

	private final JdbcTemplate jdbc;

	BulkValueLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Loads the values in the caller's transaction; returns how many rows were staged. */
	@Transactional(propagation = Propagation.MANDATORY)
	long load(List<ValueStore.Write> writes, String username) {
		if (writes.isEmpty()) {
			return 0;
		}
		StringBuilder csv = new StringBuilder(writes.size() * 40);
		for (ValueStore.Write w : writes) {
			if (w.removal()) {
				throw new IllegalArgumentException("bulk loads carry values only: " + w.key());
			}
			ValueStore.Key k = w.key();
			csv.append(k.indicatorId()).append(',').append(k.period()).append(',').append(k.unitId()).append(',')
				.append(k.memberOrgId()).append(',').append(w.number() == null ? "" : w.number().toPlainString()).append(',')
				.append(w.text() == null ? "" : quote(w.text())).append(',').append(w.aggregated()).append('\n');
		}
		return copyAndApply(new StringReader(csv.toString()), username);
	}

	private long copyAndApply(Reader rows, String username) {
		return jdbc.execute((ConnectionCallback<Long>) con -> {
			try (Statement st = con.createStatement()) {
				st.execute(STAGE);
			}
			long staged;
			try {
				staged = con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy rpt_stage from stdin (format csv)", rows);
			}
			catch (IOException ex) {
				throw new DataAccessResourceFailureException("copy into the staging table failed", ex);
			}
			try (Statement st = con.createStatement()) {
				st.execute("set local work_mem = '128MB'");
				st.execute("analyze rpt_stage");
			}
			try (var ps = con.prepareStatement(APPLY)) {
				ps.setString(1, username);
				ps.executeUpdate();
			}
			try (Statement st = con.createStatement()) {
				st.execute("drop table rpt_stage");
			}
			return staged;
		});
	}

	private static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
