package vn.doanket.fund;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes entries and their lines in bulk (one statement for all entries, one for all lines, so that a 200,000-line
 * statement posts quickly and the database checks every entry's balance at once), and allocates voucher numbers.
 * There is no update or delete here: the ledger is append-only.
 */
@Repository
class LedgerRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	LedgerRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** An entry ready to be written, with its id, voucher and published texts already decided. */
	record NewEntry(long id, Posting posting, String voucherKind, Integer voucherYear, Integer voucherNo,
			String publicDescription, String searchText, String createdBy) {
	}

	List<Long> nextIds(int count) {
		return jdbc.sql("select nextval('fund_entry_id_seq') from generate_series(1, :n)").param("n", count).query(Long.class).list();
	}

	/** Reserves {@code count} numbers of a voucher series and returns the first. */
	int reserveVouchers(long fundId, String kind, int year, int count) {
		int last = jdbc.sql("""
				insert into fund_voucher_counter (fund_id, kind, year, last_no) values (:f, :k, :y, :n)
				on conflict (fund_id, kind, year) do update set last_no = fund_voucher_counter.last_no + excluded.last_no
				returning last_no""")
			.params(Map.of("f", fundId, "k", kind, "y", year, "n", count))
			.query(Integer.class)
			.single();
		return last - count + 1;
	}

	void insert(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		int n = entries.size();
		Object[][] columns = new Object[23][n];
		List<Object[]> lines = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			NewEntry e = entries.get(i);
			Posting p = e.posting();
			EntryDetails d = p.details();
			Object[] values = { e.id(), p.fundId(), p.kind().name(), p.date().toString(), p.amount(), p.direction(),
					d.description(), d.partyName(), d.partyPublic(), name(d.donorKind()), d.anonymous(), name(d.channel()),
					d.inKindNote(), d.appeal(), name(d.purpose()), name(d.povertyStatus()), d.counterpartFundId(),
					d.referenceCode(), d.paymentId(), d.reversesId(), e.voucherKind(), e.publicDescription(), e.searchText() };
			for (int c = 0; c < values.length; c++) {
				columns[c][i] = values[c];
			}
			for (PostingLine line : p.lines()) {
				lines.add(new Object[] { e.id(), line.fundId(), line.account().name(), line.amount() });
			}
		}
		Integer[] years = entries.stream().map(NewEntry::voucherYear).toArray(Integer[]::new);
		Integer[] numbers = entries.stream().map(NewEntry::voucherNo).toArray(Integer[]::new);
		String createdBy = entries.get(0).createdBy();
		template.execute((ConnectionCallback<Void>) con -> {
			try (PreparedStatement ps = con.prepareStatement("""
					insert into fund_entry (id, fund_id, kind, entry_date, amount, direction, description, party_name,
					    party_public, donor_kind, anonymous, channel, in_kind_note, appeal, purpose, poverty_status,
					    counterpart_fund_id, reference_code, payment_id, reverses_id, voucher_kind, public_description,
					    search_text, voucher_year, voucher_no, created_by)
					select t.*, ? from unnest(?::bigint[], ?::bigint[], ?::text[], ?::date[], ?::bigint[], ?::smallint[],
					    ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[],
					    ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[],
					    ?::int[], ?::int[]) as t""")) {
				ps.setString(1, createdBy);
				String[] types = { "bigint", "bigint", "text", "text", "bigint", "int4", "text", "text", "text", "text", "bool",
						"text", "text", "text", "text", "text", "bigint", "text", "bigint", "bigint", "text", "text", "text" };
				for (int c = 0; c < types.length; c++) {
					ps.setArray(c + 2, array(con, types[c], columns[c]));
				}
				ps.setArray(25, con.createArrayOf("int4", years));
				ps.setArray(26, con.createArrayOf("int4", numbers));
				ps.executeUpdate();
			}
			insertLines(con, lines);
			return null;
		});
	}

	private static void insertLines(Connection con, List<Object[]> lines) throws SQLException {
		Object[][] columns = new Object[4][lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			for (int c = 0; c < 4; c++) {
				columns[c][i] = lines.get(i)[c];
			}
		}
		try (PreparedStatement ps = con.prepareStatement("""
				insert into fund_line (entry_id, fund_id, account, amount)
				select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::bigint[])""")) {
			ps.setArray(1, array(con, "bigint", columns[0]));
			ps.setArray(2, array(con, "bigint", columns[1]));
			ps.setArray(3, array(con, "text", columns[2]));
			ps.setArray(4, array(con, "bigint", columns[3]));
			ps.executeUpdate();
		}
	}

	private static Array array(Connection con, String type, Object[] values) throws SQLException {
		return con.createArrayOf(type.equals("bigint") ? "int8" : type, values);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The lines of a posted entry, to build its reversal. */
	List<PostingLine> lines(long entryId) {
		return jdbc.sql("select fund_id, account, amount from fund_line where entry_id = :e order by id")
			.param("e", entryId)
			.query((rs, n) -> new PostingLine(rs.getLong("fund_id"), LedgerAccount.valueOf(rs.getString("account")),
					rs.getLong("amount")))
			.list();
	}

	boolean reversed(long entryId) {
		return jdbc.sql("select count(*) from fund_entry where reverses_id = :e").param("e", entryId).query(Long.class).single() > 0;
	}

	/** The balance recomputed from the lines, to check against the kept one. */
	long balanceFromLines(long fundId) {
		return jdbc.sql("select coalesce(sum(amount), 0) from fund_line where fund_id = :f and account in ('CASH', 'BANK', 'GOODS')")
			.param("f", fundId)
			.query(Long.class)
			.single();
	}

}
