package vn.doanket.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.doanket.units.UnitLevel;

/** Estimates, their lines, adjustments and spending entries. */
@Repository
class EstimateRepository {

	private static final String SELECT = """
			select e.id, e.unit_id, u.code, u.name, u.level, e.year, e.status, e.created_by, e.approved_by, e.approved_at
			  from budget_estimate e join unit u on u.id = e.unit_id""";

	/** An estimate with its totals, for lists. */
	record Summary(Estimate estimate, long amount, long spent) {
	}

	private final JdbcClient jdbc;

	EstimateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Estimate> find(long id) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EstimateRepository::estimate).optional();
	}

	/** Locks the estimate's row so that approvals, adjustments and spending of one estimate do not interleave. */
	Optional<Estimate> lock(long id) {
		return jdbc.sql(SELECT + " where e.id = :id for update of e").param("id", id).query(EstimateRepository::estimate).optional();
	}

	Optional<Estimate> find(long unitId, int year) {
		return jdbc.sql(SELECT + " where e.unit_id = :u and e.year = :y")
			.param("u", unitId)
			.param("y", year)
			.query(EstimateRepository::estimate)
			.optional();
	}

	Optional<Integer> latestYear() {
		return jdbc.sql("select year from budget_estimate order by year desc limit 1").query(Integer.class).optional();
	}

	List<Summary> ofYear(int year) {
		return jdbc.sql("select * from (" + SELECT + """
				 where e.year = :y) e,
				lateral (select coalesce(sum(amount), 0) from budget_estimate_line l where l.estimate_id = e.id) a(amount),
				lateral (select coalesce(sum(amount), 0) from budget_spending s where s.estimate_id = e.id) s(spent)
				order by e.code""")
			.param("y", year)
			.query((rs, n) -> new Summary(estimate(rs, n), rs.getLong("amount"), rs.getLong("spent")))
			.list();
	}

	long insert(long unitId, int year, String username, Map<BudgetLine, Long> amounts) {
		long id = jdbc.sql("insert into budget_estimate (unit_id, year, status, created_by) values (:u, :y, 'DRAFT', :by) returning id")
			.param("u", unitId)
			.param("y", year)
			.param("by", username)
			.query(Long.class)
			.single();
		for (BudgetLine line : BudgetLine.values()) {
			jdbc.sql("insert into budget_estimate_line (estimate_id, line, amount) values (:e, :l, :a)")
				.param("e", id)
				.param("l", line.name())
				.param("a", amounts.getOrDefault(line, 0L))
				.update();
		}
		return id;
	}

	void setAmount(long estimateId, BudgetLine line, long amount) {
		jdbc.sql("update budget_estimate_line set amount = :a where estimate_id = :e and line = :l")
			.param("a", amount)
			.param("e", estimateId)
			.param("l", line.name())
			.update();
	}

	void approve(long estimateId, String username) {
		jdbc.sql("update budget_estimate set status = 'APPROVED', approved_by = :by, approved_at = now() where id = :e")
			.param("by", username)
			.param("e", estimateId)
			.update();
	}

	Map<BudgetLine, Long> amounts(long estimateId) {
		return byLine("select line, amount from budget_estimate_line where estimate_id = :e", estimateId);
	}

	Map<BudgetLine, Long> spentByLine(long estimateId) {
		return byLine("select line, sum(amount) from budget_spending where estimate_id = :e group by line", estimateId);
	}

	void insertAdjustment(long estimateId, BudgetLine line, long oldAmount, long newAmount, String reason, String username) {
		jdbc.sql("""
				insert into budget_adjustment (estimate_id, line, old_amount, new_amount, reason, adjusted_by)
				values (:e, :l, :o, :n, :r, :by)""")
			.param("e", estimateId)
			.param("l", line.name())
			.param("o", oldAmount)
			.param("n", newAmount)
			.param("r", reason)
			.param("by", username)
			.update();
	}

	List<Adjustment> adjustments(long estimateId) {
		return jdbc.sql("""
				select id, line, old_amount, new_amount, reason, adjusted_by, adjusted_at from budget_adjustment
				 where estimate_id = :e order by id""")
			.param("e", estimateId)
			.query((rs, n) -> new Adjustment(rs.getLong(1), BudgetLine.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	long insertSpending(long estimateId, SpendingInput in, BudgetLine line, String username) {
		return jdbc.sql("""
				insert into budget_spending (estimate_id, line, spent_on, amount, voucher_number, description, recorded_by)
				values (:e, :l, :d, :a, :v, :t, :by) returning id""")
			.param("e", estimateId)
			.param("l", line.name())
			.param("d", in.spentOn())
			.param("a", in.amount())
			.param("v", in.voucherNumber().trim())
			.param("t", in.description().trim())
			.param("by", username)
			.query(Long.class)
			.single();
	}

	List<Spending> spending(long estimateId) {
		return jdbc.sql("""
				select id, estimate_id, line, spent_on, amount, voucher_number, description, recorded_by from budget_spending
				 where estimate_id = :e order by spent_on, id""")
			.param("e", estimateId)
			.query((rs, n) -> new Spending(rs.getLong(1), rs.getLong(2), BudgetLine.valueOf(rs.getString(3)),
					rs.getDate(4).toLocalDate(), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	private Map<BudgetLine, Long> byLine(String sql, long estimateId) {
		Map<BudgetLine, Long> map = new EnumMap<>(BudgetLine.class);
		jdbc.sql(sql).param("e", estimateId).query(rs -> {
			map.put(BudgetLine.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return map;
	}

	private static Estimate estimate(ResultSet rs, int n) throws SQLException {
		Timestamp approvedAt = rs.getTimestamp("approved_at");
		Instant at = approvedAt == null ? null : approvedAt.toInstant();
		return new Estimate(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
				UnitLevel.parse(rs.getString("level")), rs.getInt("year"), Estimate.Status.valueOf(rs.getString("status")),
				rs.getString("created_by"), rs.getString("approved_by"), at);
	}

}
