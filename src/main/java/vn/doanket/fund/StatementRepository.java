package vn.doanket.fund;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Imports of bank statements, their lines (unique per bank account by fingerprint) and their rejected rows. */
@Repository
class StatementRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StatementRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A line to store, with how it was matched. */
	record NewLine(StatementLine line, MatchStatus status, Long entryId, Long paymentId) {
	}

	/** A stored line waiting for a person or already matched. */
	record StoredLine(long id, long bankAccountId, long importId, int lineNo, LocalDate date, long amount,
			String description, String reference, MatchStatus status, Long entryId, Long paymentId) {
	}

	/**
	 * Lets the rows the database's statement-level checks collect (a copy of every new entry, line and statement
	 * line) stay in memory for the rest of the transaction instead of spilling to temporary files.
	 */
	void keepBulkChecksInMemory() {
		jdbc.sql("select set_config('work_mem', '256MB', true)").query(String.class).single();
	}

	void lockAccount(long accountId) {
		jdbc.sql("select id from fund_bank_account where id = :id for update").param("id", accountId).query(Long.class).single();
	}

	/**
	 * The fingerprints the account already has on the days from {@code first} to {@code last}: a line's date is part
	 * of its fingerprint, so only these can repeat a new statement's lines.
	 */
	Set<String> existingFingerprints(long accountId, LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select fingerprint::text from fund_statement_line
				 where bank_account_id = :a and tx_date between :first and :last""")
			.param("a", accountId)
			.param("first", first)
			.param("last", last)
			.query(String.class)
			.set();
	}

	long insertImport(long fundId, long accountId, String filename, String mapping, String username) {
		return jdbc.sql("""
				insert into fund_statement_import (fund_id, bank_account_id, filename, mapping_name, read_count, imported,
				    duplicates, rejected_count, created_by)
				values (:f, :a, :n, :m, 0, 0, 0, 0, :u) returning id""")
			.param("f", fundId)
			.param("a", accountId)
			.param("n", filename == null ? "" : filename)
			.param("m", mapping)
			.param("u", username)
			.query(Long.class)
			.single();
	}

	void finishImport(long id, int read, int imported, int duplicates, int rejected) {
		jdbc.sql("update fund_statement_import set read_count = :r, imported = :i, duplicates = :d, rejected_count = :x where id = :id")
			.params(Map.of("r", read, "i", imported, "d", duplicates, "x", rejected, "id", id))
			.update();
	}

	void insertRejections(long importId, List<RejectedLine> rejected) {
		for (RejectedLine r : rejected) {
			jdbc.sql("insert into fund_statement_rejection (import_id, line_no, raw_text, reason) values (:i, :l, :t, :r)")
				.param("i", importId)
				.param("l", r.lineNumber())
				.param("t", r.rawText())
				.param("r", r.reasonCode())
				.update();
		}
	}

	void insertLines(long accountId, long importId, List<NewLine> lines) {
		if (lines.isEmpty()) {
			return;
		}
		template.execute((ConnectionCallback<Void>) con -> {
			try (CopyRows rows = CopyRows.into(con, "fund_statement_line", """
					bank_account_id, import_id, fingerprint, line_no, tx_date, amount, description, reference, balance,
					match_status, entry_id, payment_id""")) {
				for (NewLine nl : lines) {
					StatementLine l = nl.line();
					rows.add(accountId).add(importId).add(l.fingerprint()).add(l.lineNumber()).add(l.date()).add(l.amount())
						.add(l.description()).add(l.reference()).add(l.balance()).add(nl.status().name()).add(nl.entryId())
						.add(nl.paymentId());
					rows.endRow();
				}
				rows.finish();
			}
			return null;
		});
	}

	/** The references issued for a fund among the given codes, by code. */
	Map<String, DonationReference> references(long fundId, Set<String> codes) {
		Map<String, DonationReference> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		jdbc.sql("select code, fund_id, donor_name, anonymous, appeal from fund_reference where fund_id = :f and code in (:c)")
			.param("f", fundId)
			.param("c", codes)
			.query((rs, n) -> new DonationReference(rs.getString("code"), rs.getLong("fund_id"), rs.getString("donor_name"),
					rs.getBoolean("anonymous"), rs.getString("appeal")))
			.list()
			.forEach(r -> found.put(r.code(), r));
		return found;
	}

	/** Approved bank payments of a fund not yet seen on a statement, oldest first. */
	List<Payment> unmatchedApprovedPayments(long fundId) {
		return jdbc.sql("""
				select id from fund_payment where fund_id = :f and status = 'APPROVED' and channel = 'BANK_TRANSFER'
				   and statement_line_id is null order by payment_date, id""")
			.param("f", fundId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> jdbc.sql("select * from fund_payment where id = :id").param("id", id).query((rs, n) -> new Payment(
					rs.getLong("id"), fundId, rs.getObject("payment_date", LocalDate.class), rs.getLong("amount"),
					PaymentPurpose.valueOf(rs.getString("purpose")), Channel.BANK_TRANSFER, rs.getString("beneficiary_name"),
					PovertyStatus.valueOf(rs.getString("poverty_status")), rs.getString("area_name"),
					rs.getString("description"), PaymentStatus.APPROVED, rs.getString("proposed_by"),
					rs.getString("decided_by"), (Long) rs.getObject("entry_id"))).single())
			.toList();
	}

	void linkPayments(long accountId, Map<Long, StatementLine> paidLines) {
		paidLines.forEach((paymentId, line) -> jdbc.sql("""
				update fund_payment set statement_line_id = (select id from fund_statement_line
				    where bank_account_id = :a and tx_date = :d and fingerprint = cast(:fp as uuid)) where id = :p""")
			.param("a", accountId)
			.param("d", line.date())
			.param("fp", line.fingerprint())
			.param("p", paymentId)
			.update());
	}

	List<StoredLine> lines(long fundId, List<MatchStatus> statuses, int offset, int limit) {
		return jdbc.sql("""
				select l.* from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id
				 where a.fund_id = :f and l.match_status in (:s) order by l.tx_date, l.id offset :o limit :l""")
			.param("f", fundId)
			.param("s", statuses.stream().map(Enum::name).toList())
			.param("o", offset)
			.param("l", limit)
			.query((rs, n) -> stored(rs))
			.list();
	}

	long countLines(long fundId, List<MatchStatus> statuses) {
		return jdbc.sql("""
				select count(*) from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id
				 where a.fund_id = :f and l.match_status in (:s)""")
			.param("f", fundId)
			.param("s", statuses.stream().map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	Optional<StoredLine> lockLine(long id) {
		return jdbc.sql("select * from fund_statement_line where id = :id for update").param("id", id).query((rs, n) -> stored(rs)).optional();
	}

	void resolve(long lineId, MatchStatus status, Long entryId) {
		jdbc.sql("update fund_statement_line set match_status = :s, entry_id = :e where id = :id")
			.param("s", status.name())
			.param("e", entryId)
			.param("id", lineId)
			.update();
	}

	Optional<StatementImport> importOf(long id) {
		return jdbc.sql("select * from fund_statement_import where id = :id")
			.param("id", id)
			.query((rs, n) -> new StatementImport(rs.getLong("id"), rs.getLong("fund_id"), rs.getLong("bank_account_id"),
					rs.getString("filename"), rs.getString("mapping_name"), rs.getInt("read_count"), rs.getInt("imported"),
					rs.getInt("duplicates"), rs.getInt("rejected_count"), rs.getString("created_by"),
					rejections(rs.getLong("id"))))
			.optional();
	}

	List<StatementImport.Rejection> rejections(long importId) {
		return jdbc.sql("select line_no, raw_text, reason from fund_statement_rejection where import_id = :i order by line_no, id")
			.param("i", importId)
			.query((rs, n) -> new StatementImport.Rejection(rs.getInt("line_no"), rs.getString("raw_text"), rs.getString("reason")))
			.list();
	}

	private static StoredLine stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StoredLine(rs.getLong("id"), rs.getLong("bank_account_id"), rs.getLong("import_id"), rs.getInt("line_no"),
				rs.getObject("tx_date", LocalDate.class), rs.getLong("amount"), rs.getString("description"),
				rs.getString("reference"), MatchStatus.valueOf(rs.getString("match_status")), (Long) rs.getObject("entry_id"),
				(Long) rs.getObject("payment_id"));
	}

}
