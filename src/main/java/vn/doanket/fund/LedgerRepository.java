package vn.doanket.fund;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes entries and their lines in bulk (one COPY for all entries, one for all lines, so that a 200,000-line
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

	/**
	 * An entry ready to be written, with its id and voucher decided. Its published texts are derived while it is
	 * copied, so that this work overlaps with the database's.
	 */
	record NewEntry(long id, Posting posting, String voucherKind, Integer voucherYear, Integer voucherNo, String createdBy) {

		String voucher() {
			return Vouchers.label(voucherKind, voucherYear, voucherNo);
		}

		/** The description with numbers that could identify a person blotted out. */
		String publicDescription() {
			return PublicText.scrub(posting.details().description());
		}

		/**
		 * What the public search finds the entry by, besides its amount and date: the words of the published party, the
		 * reference and the voucher, as a {@code tsvector}. Only published texts go in; the bank's description is shown
		 * but not indexed (see the migration V39).
		 */
		String searchWords() {
			EntryDetails d = posting.details();
			return SearchWords.vector(SearchWords.of(d.partyPublic(), d.referenceCode(), voucher()));
		}

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

	/** Copies the entries, then all their lines: the database checks the whole batch once per table. */
	void insert(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		template.execute((ConnectionCallback<Void>) con -> {
			try (CopyRows rows = CopyRows.into(con, "fund_entry", ENTRY_COLUMNS)) {
				for (NewEntry e : entries) {
					Posting p = e.posting();
					EntryDetails d = p.details();
					rows.add(e.id()).add(p.fundId()).add(p.kind().name()).add(p.date()).add(p.amount()).add(p.direction())
						.add(d.description()).add(d.partyName()).add(d.partyPublic()).add(name(d.donorKind())).add(d.anonymous())
						.add(name(d.channel())).add(d.inKindNote()).add(d.appeal()).add(name(d.purpose()))
						.add(name(d.povertyStatus())).add(d.counterpartFundId()).add(d.referenceCode()).add(d.paymentId())
						.add(d.reversesId()).add(e.voucherKind()).add(e.voucherYear()).add(e.voucherNo())
						.add(e.publicDescription()).add(e.searchWords()).add(e.createdBy());
					rows.endRow();
				}
				rows.finish();
			}
			try (CopyRows rows = CopyRows.into(con, "fund_line", "entry_id, fund_id, account, amount")) {
				for (NewEntry e : entries) {
					for (PostingLine line : e.posting().lines()) {
						rows.add(e.id()).add(line.fundId()).add(line.account().name()).add(line.amount());
						rows.endRow();
					}
				}
				rows.finish();
			}
			return null;
		});
	}

	private static final String ENTRY_COLUMNS = """
			id, fund_id, kind, entry_date, amount, direction, description, party_name, party_public, donor_kind, anonymous,
			channel, in_kind_note, appeal, purpose, poverty_status, counterpart_fund_id, reference_code, payment_id,
			reverses_id, voucher_kind, voucher_year, voucher_no, public_description, search_words, created_by""";

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The lines of a posted entry, to build its reversal. */
	List<PostingLine> lines(long entryId) {
		return jdbc.sql("select fund_id, account, amount from fund_line where entry_id = :e order by amount desc, fund_id, account")
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
