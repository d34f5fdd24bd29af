package vn.doanket.fund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.doanket.shared.TextFolding;

/**
 * Reads the ledger: one entry, a fund's entries (its own and the transfers it received) searched accent-insensitively,
 * paged and sorted. Words that look like amounts or dates are matched exactly on their columns; every other typed word
 * be a word of the published texts, the last one typed possibly unfinished ({@link SearchWords}, served by the GIN index
 * on {@code search_words}).
 */
@Repository
class LedgerQueries {

	private static final String ENTRY_COLUMNS = """
			e.id, e.fund_id, e.kind, e.entry_date, e.amount, e.direction, e.description, e.party_name, e.party_public,
			e.donor_kind, e.anonymous, e.channel, e.purpose, e.reference_code, e.counterpart_fund_id, e.payment_id,
			e.reverses_id, e.voucher_kind, e.voucher_year, e.voucher_no, e.created_by, e.public_description""";

	private final JdbcClient jdbc;

	LedgerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How a list is ordered: {@code date}, {@code -date} (default), {@code amount}, {@code -amount}. */
	static String order(String sort) {
		return switch (sort == null ? "" : sort.trim()) {
			case "date" -> "e.entry_date, e.id";
			case "amount" -> "e.amount, e.id";
			case "-amount" -> "e.amount desc, e.id desc";
			default -> "e.entry_date desc, e.id desc";
		};
	}

	Optional<LedgerEntry> entry(long id) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from fund_entry e where e.id = :id")
			.param("id", id)
			.query(LedgerQueries::entry)
			.optional();
	}

	/** Above this many matches, a page walks the order's index; below, the matches are gathered and sorted. */
	static final long FEW = 2_000;

	List<LedgerEntry> entries(long fundId, String query, String sort, int offset, int limit, long matches) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql(page(terms(query, params), order(sort), matches))
			.params(params)
			.param("f", fundId)
			.param("o", offset)
			.param("l", limit)
			.param("end", offset + limit)
			.query(LedgerQueries::entry)
			.list();
	}

	List<PublicTransaction> published(long fundId, String query, String sort, int offset, int limit, long matches) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql(page(terms(query, params), order(sort), matches))
			.params(params)
			.param("f", fundId)
			.param("o", offset)
			.param("l", limit)
			.param("end", offset + limit)
			.query((rs, n) -> {
				LedgerEntry e = entry(rs, n);
				return new PublicTransaction(e.id(), e.date(), e.kind(), e.signedAmount(fundId), e.partyPublic(),
						rs.getString("public_description"), e.referenceCode(), e.voucher());
			})
			.list();
	}

	/** How many entries match, counting no further than {@code limit} (so a broad search stays fast). */
	long count(long fundId, String query, long limit) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from (select 1 from fund_entry e where (e.fund_id = :f or e.counterpart_fund_id = :f)"
				+ terms(query, params) + " limit :cap) x")
			.params(params)
			.param("f", fundId)
			.param("cap", limit)
			.query(Long.class)
			.single();
	}

	/**
	 * A page of a fund's entries, planned from how many match (counted first): a few are gathered through the indexes
	 * of the search and sorted; many are found by walking the index of the page's order, the fund's own entries and
	 * the transfers it received separately, each no further than the page's end. The planner cannot tell the two
	 * cases apart from a search word's statistics (a rare reference was walked through a million entries).
	 */
	private static String page(String terms, String order, long matches) {
		if (matches <= FEW) {
			return "select " + ENTRY_COLUMNS + " from fund_entry e where (e.fund_id = :f or e.counterpart_fund_id = :f)" + terms
					+ " order by " + order + " offset :o limit :l";
		}
		return "select " + ENTRY_COLUMNS + " from ((select " + ENTRY_COLUMNS + " from fund_entry e where e.fund_id = :f" + terms
				+ " order by " + order + " limit :end) union all (select " + ENTRY_COLUMNS
				+ " from fund_entry e where e.counterpart_fund_id = :f and e.fund_id <> :f" + terms + " order by " + order
				+ " limit :end)) e order by " + order + " offset :o limit :l";
	}

	/** Money in and out of a fund per day or month ({@code unit} "day" or "month") between two dates. */
	List<Flow> flows(long fundId, String unit, LocalDate from, LocalDate to) {
		String trunc = "month".equals(unit) ? "month" : "day";
		return jdbc.sql("""
				select date_trunc('%s', l.entry_date)::date as period,
				       coalesce(sum(l.change) filter (where l.change > 0), 0) as money_in,
				       coalesce(-sum(l.change) filter (where l.change < 0), 0) as money_out
				  from (select e.entry_date, sum(x.amount) as change
				          from fund_line x join fund_entry e on e.id = x.entry_id
				         where x.fund_id = :f and x.account in ('CASH', 'BANK', 'GOODS')
				           and e.entry_date between :from and :to
				         group by e.id, e.entry_date) l
				 group by 1 order by 1""".formatted(trunc))
			.param("f", fundId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Flow(rs.getObject("period", LocalDate.class), rs.getLong("money_in"), rs.getLong("money_out")))
			.list();
	}

	/** The balance of a fund at the end of a day. */
	long balanceAt(long fundId, LocalDate date) {
		return jdbc.sql("""
				select coalesce(sum(x.amount), 0) from fund_line x join fund_entry e on e.id = x.entry_id
				 where x.fund_id = :f and x.account in ('CASH', 'BANK', 'GOODS') and e.entry_date <= :d""")
			.param("f", fundId)
			.param("d", date)
			.query(Long.class)
			.single();
	}

	/** Money in and out in one period (a day or a month). */
	public record Flow(LocalDate period, long moneyIn, long moneyOut) {
	}

	/**
	 * The conditions of a search: amounts and dates exactly on their columns; the other words must be words of the
	 * published texts, the last one typed possibly unfinished (a prefix), the others whole.
	 */
	private static String terms(String query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		List<String> words = words(query);
		List<String> textWords = new ArrayList<>();
		boolean lastUnfinished = false;
		for (int i = 0; i < words.size(); i++) {
			SearchTerms.Term term = SearchTerms.classify(words.get(i));
			switch (term.kind()) {
				case AMOUNT -> where.append(" and e.amount = :w").append(i);
				case DATE -> where.append(" and e.entry_date = :w").append(i);
				default -> textWords.addAll(SearchWords.of(words.get(i)));
			}
			if (term.kind() != SearchTerms.Kind.TEXT) {
				params.put("w" + i, term.value());
			}
			lastUnfinished = term.kind() == SearchTerms.Kind.TEXT;
		}
		if (!textWords.isEmpty()) {
			where.append(" and e.search_words @@ cast(:words as tsquery)");
			params.put("words", SearchWords.query(textWords, lastUnfinished));
		}
		return where.toString();
	}

	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		for (String word : TextFolding.fold(query).split(" ")) {
			if (!word.isBlank()) {
				words.add(word);
			}
		}
		return words;
	}

	private static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
		Integer year = (Integer) rs.getObject("voucher_year");
		Integer number = (Integer) rs.getObject("voucher_no");
		return new LedgerEntry(rs.getLong("id"), rs.getLong("fund_id"), EntryKind.valueOf(rs.getString("kind")),
				rs.getObject("entry_date", LocalDate.class), rs.getLong("amount"), rs.getInt("direction"),
				rs.getString("description"), rs.getString("party_name"), rs.getString("party_public"),
				rs.getString("donor_kind"), rs.getBoolean("anonymous"), rs.getString("channel"), rs.getString("purpose"),
				rs.getString("reference_code"), (Long) rs.getObject("counterpart_fund_id"), (Long) rs.getObject("payment_id"),
				(Long) rs.getObject("reverses_id"), Vouchers.label(rs.getString("voucher_kind"), year, number),
				rs.getString("created_by"));
	}

}
