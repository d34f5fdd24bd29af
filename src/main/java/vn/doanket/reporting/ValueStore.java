package vn.doanket.reporting;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes data values and, in the same transaction, adds each value's change to the aggregate rows of the unit and of
 * every ancestor on its path (and to the "all organisations" row when the value belongs to a member organisation).
 * Aggregate rows are updated in one fixed key order so that concurrent writers never deadlock.
 */
@Repository
class ValueStore {

	/**
	 * Identifies one value; {@code memberOrgId} 0 means "not by organisation", {@code areaId} 0 means the unit's own
	 * value (otherwise {@code unitId} is the commune of that residential area).
	 */
	record Key(long indicatorId, String period, long unitId, long areaId, long memberOrgId) {

		Key(long indicatorId, String period, long unitId, long memberOrgId) {
			this(indicatorId, period, unitId, 0, memberOrgId);
		}

	}

	/** A value to write: a null number and text removes it. {@code aggregated} is false for NONE/TEXT indicators. */
	record Write(Key key, String unitPath, BigDecimal number, String text, boolean aggregated) {

		boolean removal() {
			return number == null && text == null;
		}

	}

	/** A stored value. */
	record Stored(BigDecimal number, String text) {
	}

	/** What changed: the value before (null when new) and after (null when removed). */
	record Change(Key key, Stored before, Stored after) {
	}

	private record AggregateKey(long indicatorId, String period, long unitId, long memberOrgId) implements Comparable<AggregateKey> {

		@Override
		public int compareTo(AggregateKey o) {
			int c = Long.compare(indicatorId, o.indicatorId);
			c = c != 0 ? c : period.compareTo(o.period);
			c = c != 0 ? c : Long.compare(unitId, o.unitId);
			return c != 0 ? c : Long.compare(memberOrgId, o.memberOrgId);
		}

	}

	private record Delta(BigDecimal sum, long count) {

		Delta plus(BigDecimal s, long c) {
			return new Delta(sum.add(s), count + c);
		}

	}

	private final JdbcTemplate jdbc;

	ValueStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stored values for the keys (absent keys have none). */
	@Transactional(propagation = Propagation.MANDATORY)
	Map<Key, Stored> current(List<Key> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return jdbc.execute((ConnectionCallback<Map<Key, Stored>>) con -> {
			Map<Key, Stored> found = new HashMap<>();
			try (PreparedStatement ps = con.prepareStatement("""
					select v.indicator_id, v.period, v.unit_id, v.area_id, v.member_org_id, v.num_value, v.text_value
					from unnest(?, ?, ?, ?, ?) k(i, p, u, a, o)
					join rpt_value v on v.indicator_id = k.i and v.period = k.p and v.unit_id = k.u and v.area_id = k.a
					                and v.member_org_id = k.o
					for update of v""")) {
				bindKeys(con, ps, keys);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						found.put(new Key(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
								new Stored(rs.getBigDecimal(6), rs.getString(7)));
					}
				}
			}
			return found;
		});
	}

	/** Writes the values and their aggregate deltas; returns only what really changed. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Change> write(List<Write> writes, String username) {
		Map<Key, Stored> before = current(writes.stream().map(Write::key).toList());
		List<Change> changes = new ArrayList<>();
		List<Write> upserts = new ArrayList<>();
		List<Write> removals = new ArrayList<>();
		TreeMap<AggregateKey, Delta> deltas = new TreeMap<>();
		for (Write w : writes) {
			Stored old = before.get(w.key());
			Stored now = w.removal() ? null : new Stored(w.number(), w.text());
			if (same(old, now)) {
				continue;
			}
			changes.add(new Change(w.key(), old, now));
			(w.removal() ? removals : upserts).add(w);
			if (w.aggregated()) {
				BigDecimal sum = number(now).subtract(number(old));
				long count = (now == null || now.number() == null ? 0 : 1) - (old == null || old.number() == null ? 0 : 1);
				addDeltas(deltas, w, sum, count);
			}
		}
		upsert(upserts, username);
		remove(removals);
		applyDeltas(deltas);
		return changes;
	}

	private static boolean same(Stored a, Stored b) {
		if (a == null || b == null) {
			return a == b;
		}
		boolean numbers = a.number() == null ? b.number() == null : b.number() != null && a.number().compareTo(b.number()) == 0;
		return numbers && Objects.equals(a.text(), b.text());
	}

	private static BigDecimal number(Stored s) {
		return s == null || s.number() == null ? BigDecimal.ZERO : s.number();
	}

	private static void addDeltas(Map<AggregateKey, Delta> deltas, Write w, BigDecimal sum, long count) {
		for (String part : w.unitPath().split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			long ancestor = Long.parseLong(part);
			add(deltas, new AggregateKey(w.key().indicatorId(), w.key().period(), ancestor, 0), sum, count);
			if (w.key().memberOrgId() != 0) {
				add(deltas, new AggregateKey(w.key().indicatorId(), w.key().period(), ancestor, w.key().memberOrgId()), sum, count);
			}
		}
	}

	private static void add(Map<AggregateKey, Delta> deltas, AggregateKey key, BigDecimal sum, long count) {
		deltas.merge(key, new Delta(sum, count), (a, b) -> a.plus(b.sum(), b.count()));
	}

	private void upsert(List<Write> upserts, String username) {
		if (upserts.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				insert into rpt_value (indicator_id, period, unit_id, area_id, member_org_id, num_value, text_value, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, now(), ?)
				on conflict (indicator_id, period, unit_id, area_id, member_org_id) do update
				set num_value = excluded.num_value, text_value = excluded.text_value, updated_at = now(), updated_by = excluded.updated_by""",
				upserts, 1000, (ps, w) -> {
					ps.setLong(1, w.key().indicatorId());
					ps.setString(2, w.key().period());
					ps.setLong(3, w.key().unitId());
					ps.setLong(4, w.key().areaId());
					ps.setLong(5, w.key().memberOrgId());
					ps.setBigDecimal(6, w.number());
					ps.setString(7, w.text());
					ps.setString(8, username);
				});
	}

	private void remove(List<Write> removals) {
		if (removals.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("delete from rpt_value where indicator_id = ? and period = ? and unit_id = ? and area_id = ? and member_org_id = ?",
				removals, 1000, (ps, w) -> {
					ps.setLong(1, w.key().indicatorId());
					ps.setString(2, w.key().period());
					ps.setLong(3, w.key().unitId());
					ps.setLong(4, w.key().areaId());
					ps.setLong(5, w.key().memberOrgId());
				});
	}

	private void applyDeltas(TreeMap<AggregateKey, Delta> deltas) {
		List<Map.Entry<AggregateKey, Delta>> entries = deltas.entrySet().stream()
			.filter(e -> e.getValue().count() != 0 || e.getValue().sum().signum() != 0)
			.toList();
		if (entries.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				insert into rpt_aggregate (indicator_id, period, unit_id, member_org_id, total, reported) values (?, ?, ?, ?, ?, ?)
				on conflict (indicator_id, period, unit_id, member_org_id) do update
				set total = rpt_aggregate.total + excluded.total, reported = rpt_aggregate.reported + excluded.reported""",
				entries, 1000, (ps, e) -> {
					ps.setLong(1, e.getKey().indicatorId());
					ps.setString(2, e.getKey().period());
					ps.setLong(3, e.getKey().unitId());
					ps.setLong(4, e.getKey().memberOrgId());
					ps.setBigDecimal(5, e.getValue().sum());
					ps.setLong(6, e.getValue().count());
				});
	}

	private static void bindKeys(Connection con, PreparedStatement ps, List<Key> keys) throws SQLException {
		Long[] i = new Long[keys.size()];
		String[] p = new String[keys.size()];
		Long[] u = new Long[keys.size()];
		Long[] a = new Long[keys.size()];
		Long[] o = new Long[keys.size()];
		for (int n = 0; n < keys.size(); n++) {
			i[n] = keys.get(n).indicatorId();
			p[n] = keys.get(n).period();
			u[n] = keys.get(n).unitId();
			a[n] = keys.get(n).areaId();
			o[n] = keys.get(n).memberOrgId();
		}
		Array ia = con.createArrayOf("bigint", i);
		Array pa = con.createArrayOf("text", p);
		Array ua = con.createArrayOf("bigint", u);
		Array aa = con.createArrayOf("bigint", a);
		Array oa = con.createArrayOf("bigint", o);
		ps.setArray(1, ia);
		ps.setArray(2, pa);
		ps.setArray(3, ua);
		ps.setArray(4, aa);
		ps.setArray(5, oa);
	}

}
