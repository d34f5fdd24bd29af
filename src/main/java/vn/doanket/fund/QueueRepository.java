package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statement lines of a fund as a person settling the queue sees them, filtered and paged, and how they were settled. */
@Repository
class QueueRepository {

	private static final String FROM = """
			  from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id
			 where a.fund_id = :f and l.match_status in (:s) and (:settled = false or l.resolved_by is not null)
			   and (:q = '' or fold(l.description) like '%' || fold(:q) || '%' or l.reference = :q)
			   and (cast(:from as date) is null or l.tx_date >= cast(:from as date))
			   and (cast(:to as date) is null or l.tx_date <= cast(:to as date))""";

	private final JdbcClient jdbc;

	QueueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the list filters by: statuses (and only lines a person settled), a text in the description (without
	 * diacritics) or the reference, dates.
	 */
	record Filter(List<MatchStatus> statuses, boolean settledOnly, String query, LocalDate from, LocalDate to) {
	}

	List<QueueLine> find(long fundId, Filter filter, int offset, int limit) {
		return params(jdbc.sql("""
				select l.id, l.bank_account_id, a.bank_name, a.account_no, l.import_id, l.line_no, l.tx_date, l.amount,
				       l.description, l.reference, l.match_status, l.entry_id, l.payment_id, l.note, l.resolved_by
				""" + FROM + " order by l.tx_date, l.id offset :o limit :l"), fundId, filter)
			.param("o", offset)
			.param("l", limit)
			.query((rs, n) -> new QueueLine(rs.getLong("id"), rs.getLong("bank_account_id"),
					rs.getString("bank_name") + " " + rs.getString("account_no"), rs.getLong("import_id"), rs.getInt("line_no"),
					rs.getObject("tx_date", LocalDate.class), rs.getLong("amount"), rs.getString("description"),
					rs.getString("reference"), MatchStatus.valueOf(rs.getString("match_status")), (Long) rs.getObject("entry_id"),
					(Long) rs.getObject("payment_id"), rs.getString("note"), rs.getString("resolved_by")))
			.list();
	}

	long count(long fundId, Filter filter) {
		return params(jdbc.sql("select count(*) " + FROM), fundId, filter).query(Long.class).single();
	}

	/** Settles a line: how, with which entry or payment, the note, and who did it. */
	void settle(long lineId, MatchStatus status, Long entryId, Long paymentId, String note, String username) {
		jdbc.sql("""
				update fund_statement_line set match_status = :s, entry_id = :e, payment_id = :p, note = :n,
				    resolved_by = :u, resolved_at = now() where id = :id""")
			.param("s", status.name())
			.param("e", entryId)
			.param("p", paymentId)
			.param("n", note)
			.param("u", username)
			.param("id", lineId)
			.update();
	}

	void linkPayment(long paymentId, long lineId) {
		jdbc.sql("update fund_payment set statement_line_id = :l where id = :p").param("l", lineId).param("p", paymentId).update();
	}

	/** The reference codes the fund issued (to donors or appeals), newest first, for matching a credit by hand. */
	List<DonationReference> references(long fundId, int limit) {
		return jdbc.sql("""
				select code, fund_id, donor_name, anonymous, appeal from fund_reference where fund_id = :f
				 order by created_at desc, code limit :l""")
			.param("f", fundId)
			.param("l", limit)
			.query((rs, n) -> new DonationReference(rs.getString("code"), rs.getLong("fund_id"), rs.getString("donor_name"),
					rs.getBoolean("anonymous"), rs.getString("appeal")))
			.list();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long fundId, Filter filter) {
		return spec.param("f", fundId)
			.param("s", filter.statuses().stream().map(Enum::name).toList())
			.param("settled", filter.settledOnly())
			.param("q", filter.query() == null ? "" : filter.query().trim())
			.param("from", filter.from())
			.param("to", filter.to());
	}

}
