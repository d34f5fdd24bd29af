package vn.doanket.fund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funds, their bank accounts and their closing dates. */
@Repository
class FundRepository {

	private static final String SELECT = """
			select f.id, f.unit_id, u.code as unit_code, u.name as unit_name, f.kind, f.name, f.description, f.opened_on,
			       f.closed_through, f.balance
			  from fund f join unit u on u.id = f.unit_id""";

	private final JdbcClient jdbc;

	FundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Fund> all() {
		return jdbc.sql(SELECT + " order by u.path, f.kind desc, f.id").query(FundRepository::fund).list();
	}

	Optional<Fund> find(long id) {
		return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FundRepository::fund).optional();
	}

	/** Locks the fund's row so that closing and posting do not interleave. */
	Optional<Fund> lock(long id) {
		return jdbc.sql(SELECT + " where f.id = :id for update of f").param("id", id).query(FundRepository::fund).optional();
	}

	long insert(long unitId, String kind, String name, String description, LocalDate openedOn) {
		return jdbc.sql("insert into fund (unit_id, kind, name, description, opened_on) values (:u, :k, :n, :d, :o) returning id")
			.param("u", unitId)
			.param("k", kind)
			.param("n", name)
			.param("d", description)
			.param("o", openedOn)
			.query(Long.class)
			.single();
	}

	long insertAccount(long fundId, String bankName, String bin, String accountNo, String holder, String mapping) {
		return jdbc.sql("""
				insert into fund_bank_account (fund_id, bank_name, bin, account_no, holder_name, mapping_name)
				values (:f, :b, :bin, :a, :h, :m) returning id""")
			.param("f", fundId)
			.param("b", bankName)
			.param("bin", bin)
			.param("a", accountNo)
			.param("h", holder)
			.param("m", mapping)
			.query(Long.class)
			.single();
	}

	/** The fund's accounts in use (offered for imports and QR codes). */
	List<BankAccount> accounts(long fundId) {
		return jdbc.sql("select * from fund_bank_account where fund_id = :f and active order by id")
			.param("f", fundId)
			.query(FundRepository::account)
			.list();
	}

	/** Every account of the fund, deactivated ones last. */
	List<BankAccount> allAccounts(long fundId) {
		return jdbc.sql("select * from fund_bank_account where fund_id = :f order by active desc, id")
			.param("f", fundId)
			.query(FundRepository::account)
			.list();
	}

	Optional<BankAccount> account(long id) {
		return jdbc.sql("select * from fund_bank_account where id = :id").param("id", id).query(FundRepository::account).optional();
	}

	void updateAccount(long id, String bankName, String bin, String accountNo, String holder, String mapping) {
		jdbc.sql("""
				update fund_bank_account set bank_name = :b, bin = :bin, account_no = :a, holder_name = :h,
				    mapping_name = coalesce(cast(:m as text), mapping_name),
				    mapping_json = case when cast(:m as text) is null then mapping_json else null end
				 where id = :id""")
			.param("b", bankName)
			.param("bin", bin)
			.param("a", accountNo)
			.param("h", holder)
			.param("m", mapping)
			.param("id", id)
			.update();
	}

	void setActive(long id, boolean active) {
		jdbc.sql("update fund_bank_account set active = :a where id = :id").param("a", active).param("id", id).update();
	}

	/** Whether another account (of any fund) has this BIN and number: a bank account belongs to one fund only. */
	boolean accountTaken(String bin, String accountNo, Long exceptId) {
		return jdbc.sql("select count(*) from fund_bank_account where bin = :b and account_no = :a and id <> :x")
			.param("b", bin)
			.param("a", accountNo)
			.param("x", exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	boolean hasStatementLines(long accountId) {
		return jdbc.sql("select exists (select 1 from fund_statement_line where bank_account_id = :a)")
			.param("a", accountId)
			.query(Boolean.class)
			.single();
	}

	void rename(long fundId, String name, String description) {
		jdbc.sql("update fund set name = :n, description = :d where id = :id")
			.param("n", name)
			.param("d", description)
			.param("id", fundId)
			.update();
	}

	/** A closing of the books: through which date, by whom, when. */
	record Closing(LocalDate closedThrough, String closedBy, java.time.OffsetDateTime closedAt) {
	}

	List<Closing> closings(long fundId) {
		return jdbc.sql("select closed_through, closed_by, closed_at from fund_period_close where fund_id = :f order by closed_through desc, id desc")
			.param("f", fundId)
			.query((rs, n) -> new Closing(rs.getObject("closed_through", LocalDate.class), rs.getString("closed_by"),
					rs.getObject("closed_at", java.time.OffsetDateTime.class)))
			.list();
	}

	/** Saves the layout used for an account: a preset's name, or a declared mapping as JSON ({@code json} not null). */
	void saveMapping(long accountId, String mappingName, String json) {
		jdbc.sql("update fund_bank_account set mapping_name = :m, mapping_json = :j where id = :id")
			.param("m", mappingName)
			.param("j", json)
			.param("id", accountId)
			.update();
	}

	java.util.Optional<String> savedMappingJson(long accountId) {
		return jdbc.sql("select mapping_json from fund_bank_account where id = :id and mapping_json is not null")
			.param("id", accountId)
			.query(String.class)
			.optional();
	}

	void close(long fundId, LocalDate through, String username) {
		jdbc.sql("update fund set closed_through = :d where id = :id").param("d", through).param("id", fundId).update();
		jdbc.sql("insert into fund_period_close (fund_id, closed_through, closed_by) values (:f, :d, :u)")
			.param("f", fundId)
			.param("d", through)
			.param("u", username)
			.update();
	}

	long count() {
		return jdbc.sql("select count(*) from fund").query(Long.class).single();
	}

	private static Fund fund(ResultSet rs, int n) throws SQLException {
		return new Fund(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("kind"), rs.getString("name"), rs.getString("description"), rs.getObject("opened_on", LocalDate.class),
				rs.getObject("closed_through", LocalDate.class), rs.getLong("balance"));
	}

	private static BankAccount account(ResultSet rs, int n) throws SQLException {
		return new BankAccount(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("bank_name"), rs.getString("bin"),
				rs.getString("account_no"), rs.getString("holder_name"), rs.getString("mapping_name"), rs.getBoolean("active"));
	}

}
