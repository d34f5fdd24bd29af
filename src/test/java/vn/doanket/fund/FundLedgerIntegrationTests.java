package vn.doanket.fund;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class FundLedgerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** A fresh appeal fund of Kon Tum province, so that tests do not disturb each other. */
	static long newFund(JdbcClient jdbc, String name) {
		return jdbc.sql("""
				insert into fund (unit_id, kind, name, opened_on)
				values ((select id from unit where code = '62' and catalog = '2023'), 'APPEAL', :n, date '2020-01-01') returning id""")
			.param("n", name + " " + UUID.randomUUID())
			.query(Long.class)
			.single();
	}

	static String receipt(String date, long amount, String donorName, boolean anonymous) {
		return """
				{"date":"%s","amount":%d,"donorKind":"INDIVIDUAL","donorName":"%s","anonymous":%s,"channel":"CASH",
				 "description":"Ủng hộ quỹ"}""".formatted(date, amount, donorName, anonymous);
	}

	@Test
	void fundsAreListedInsideTheScopeAndOnlyForFundRoles() {
		String province = TestHttp.basic(port, "ketoan.kontum").get("/api/v1/funds").body();
		assertThat(JsonPath.<List<String>>read(province, "$.items[*].unitCode")).contains("62", "608", "610", "23353");
		String district = TestHttp.basic(port, "huyen.dakglei").get("/api/v1/funds").body();
		assertThat(JsonPath.<List<String>>read(district, "$.items[*].unitCode")).contains("610", "23353").doesNotContain("62", "608");
		String women = TestHttp.basic(port, "phunu.kontum").get("/api/v1/funds").body();
		assertThat(JsonPath.<Integer>read(women, "$.total")).isZero();
		long provinceFund = jdbc.sql("select f.id from fund f join unit u on u.id = f.unit_id where u.code = '62' and f.kind = 'POOR_FUND'")
			.query(Long.class)
			.single();
		assertThat(TestHttp.basic(port, "huyen.dakglei").get("/api/v1/funds/" + provinceFund).statusCode()).isEqualTo(403);
	}

	@Test
	void aReceiptRaisesTheBalanceWhichAlwaysEqualsTheSumOfTheEntries() {
		long fund = newFund(jdbc, "Thu thử");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		HttpResponse<String> posted = keeper.postJson("/api/v1/funds/" + fund + "/receipts", receipt("2024-10-17", 1_500_000, "Nguyễn Thị Ánh", false));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(posted.body(), "$.voucher")).isEqualTo("PT-2024/0001");
		assertThat(JsonPath.<String>read(posted.body(), "$.amountInWords")).isEqualTo("Một triệu năm trăm nghìn đồng");
		keeper.postJson("/api/v1/funds/" + fund + "/receipts", receipt("2024-10-18", 200_000, "Trần Văn Bình", true));
		assertThat(balance(fund)).isEqualTo(1_700_000L).isEqualTo(linesBalance(fund));
		assertThat(jdbc.sql("select count(*) from (select entry_id from fund_line group by entry_id having sum(amount) <> 0) x")
			.query(Long.class).single()).isZero();
	}

	@Test
	void textsArriveInTheLedgerAsTypedWithBackslashesTabsAndLineBreaks() {
		long fund = newFund(jdbc, "Ký tự đặc biệt");
		String typed = "Ủng hộ C:\\\\quỹ\\tthôn 3\\nđợt 2\\\\N";
		HttpResponse<String> posted = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/receipts", """
				{"date":"2024-10-17","amount":100000,"donorKind":"INDIVIDUAL","donorName":"Lê\\tVăn\\\\Tư","channel":"CASH",
				 "description":"%s"}""".formatted(typed));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(jdbc.sql("select description from fund_entry where fund_id = :f").param("f", fund).query(String.class).single())
			.isEqualTo("Ủng hộ C:\\quỹ\tthôn 3\nđợt 2\\N");
		assertThat(jdbc.sql("select party_name from fund_entry where fund_id = :f").param("f", fund).query(String.class).single())
			.isEqualTo("Lê\tVăn\\Tư");
	}

	@Test
	void amountsOfZeroOrLessAndMissingFieldsAreRefusedAndNothingIsPosted() {
		long fund = newFund(jdbc, "Số tiền sai");
		HttpResponse<String> zero = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/receipts",
				receipt("2024-10-17", 0, "A", false));
		assertThat(zero.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(zero.body(), "$.errors[*].field")).contains("amount");
		HttpResponse<String> negative = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/receipts",
				receipt("2024-10-17", -5, "A", false));
		assertThat(negative.statusCode()).isEqualTo(400);
		HttpResponse<String> fraction = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/receipts",
				receipt("2024-10-17", 100, "A", false).replace("\"amount\":100", "\"amount\":100.5"));
		assertThat(fraction.statusCode()).as("a fraction of a đồng is refused, not cut to a whole number").isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(fraction.body(), "$.errors[*].field")).contains("amount");
		assertThat(entries(fund)).isZero();
	}

	@Test
	void postedEntriesCannotBeChangedOrDeletedOnlyReversed() {
		long fund = newFund(jdbc, "Đảo bút toán");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		long entry = ((Number) JsonPath.read(keeper.postJson("/api/v1/funds/" + fund + "/receipts",
				receipt("2024-10-20", 300_000, "Lê Văn Cường", false)).body(), "$.id")).longValue();
		assertThatThrownBy(() -> jdbc.sql("update fund_entry set amount = 1 where id = :id").param("id", entry).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from fund_line where entry_id = :id").param("id", entry).update())
			.hasMessageContaining("append-only");
		HttpResponse<String> reversed = keeper.postJson("/api/v1/fund-entries/" + entry + "/reverse", "{\"reason\":\"Ghi nhầm quỹ\"}");
		assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(reversed.body(), "$.kind")).isEqualTo("REVERSAL");
		assertThat(balance(fund)).isZero().isEqualTo(linesBalance(fund));
		assertThat(keeper.postJson("/api/v1/fund-entries/" + entry + "/reverse", "{\"reason\":\"lần hai\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void anUnbalancedEntryIsRefusedByTheDatabase() {
		long fund = newFund(jdbc, "Không cân");
		long id = jdbc.sql("""
				insert into fund_entry (fund_id, kind, entry_date, amount, direction, description, party_public,
				    public_description, created_by)
				values (:f, 'RECEIPT', date '2024-01-02', 100, 1, 'x', 'x', 'x', 'test') returning id""")
			.param("f", fund).query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("insert into fund_line (entry_id, fund_id, account, amount) values (:e, :f, 'CASH', 100)")
			.param("e", id).param("f", fund).update()).hasMessageContaining("unbalanced");
	}

	@Test
	void aClosedPeriodRefusesPostingsDatedInsideIt() {
		long fund = newFund(jdbc, "Khóa sổ");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		assertThat(keeper.postJson("/api/v1/funds/" + fund + "/close", "{\"closedThrough\":\"2023-12-31\"}").statusCode()).isEqualTo(200);
		HttpResponse<String> inside = keeper.postJson("/api/v1/funds/" + fund + "/receipts", receipt("2023-12-31", 100_000, "An", false));
		assertThat(inside.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(inside.body(), "$.errors[0].message")).contains("khóa sổ");
		assertThat(keeper.postJson("/api/v1/funds/" + fund + "/receipts", receipt("2024-01-01", 100_000, "An", false)).statusCode())
			.isEqualTo(200);
		assertThat(keeper.postJson("/api/v1/funds/" + fund + "/close", "{\"closedThrough\":\"2023-06-30\"}").statusCode()).isEqualTo(400);
		assertThat(TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/funds/" + fund + "/close", "{\"closedThrough\":\"2024-01-31\"}")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aPaymentIsProposedByOneUserAndPostedOnlyWhenAnotherApprovesIt() {
		long fund = newFund(jdbc, "Chi hai bước");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		keeper.postJson("/api/v1/funds/" + fund + "/receipts", receipt("2024-10-17", 50_000_000, "Công ty A", false));
		String payment = """
				{"date":"2024-11-01","amount":40000000,"purpose":"HOUSE_BUILD","channel":"CASH",
				 "beneficiaryName":"Y Bình","povertyStatus":"POOR","areaName":"Thôn Đắk Ung","description":"Xây nhà Đại đoàn kết"}""";
		HttpResponse<String> proposed = keeper.postJson("/api/v1/funds/" + fund + "/payments", payment);
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
		long id = ((Number) JsonPath.read(proposed.body(), "$.id")).longValue();
		assertThat(balance(fund)).isEqualTo(50_000_000L);
		assertThat(keeper.postJson("/api/v1/fund-payments/" + id + "/approve", "{}").statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "huyen.dakglei").postJson("/api/v1/fund-payments/" + id + "/approve", "{}").statusCode())
			.isEqualTo(403);
		HttpResponse<String> approved = TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/fund-payments/" + id + "/approve", "{}");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(approved.body(), "$.status")).isEqualTo("APPROVED");
		assertThat(balance(fund)).isEqualTo(10_000_000L).isEqualTo(linesBalance(fund));
		assertThat(TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/fund-payments/" + id + "/approve", "{}").statusCode())
			.isEqualTo(400);
		long own = ((Number) JsonPath.read(TestHttp.basic(port, "admin").postJson("/api/v1/funds/" + fund + "/payments", payment).body(),
				"$.id")).longValue();
		HttpResponse<String> self = TestHttp.basic(port, "admin").postJson("/api/v1/fund-payments/" + own + "/approve", "{}");
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(self.body(), "$.errors[0].message")).contains("tự duyệt");
	}

	@Test
	void aTransferBetweenLevelsIsRecordedOnBothSidesInOneEntry() {
		long from = newFund(jdbc, "Chuyển đi");
		long to = newFund(jdbc, "Nhận về");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		keeper.postJson("/api/v1/funds/" + from + "/receipts", receipt("2024-10-17", 5_000_000, "B", false));
		HttpResponse<String> sent = keeper.postJson("/api/v1/funds/" + from + "/transfers",
				"{\"toFundId\":" + to + ",\"date\":\"2024-10-25\",\"amount\":2000000}");
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
		assertThat(balance(from)).isEqualTo(3_000_000L).isEqualTo(linesBalance(from));
		assertThat(balance(to)).isEqualTo(2_000_000L).isEqualTo(linesBalance(to));
		assertThat(keeper.postJson("/api/v1/funds/" + from + "/transfers",
				"{\"toFundId\":" + from + ",\"date\":\"2024-10-25\",\"amount\":1}").statusCode()).isEqualTo(400);
	}

	@Test
	void theAccountantOpensAReliefAppealInsideTheScopeOnly() {
		String appeal = "{\"unitCode\":\"62\",\"name\":\"Ủng hộ đồng bào lũ lụt " + UUID.randomUUID()
				+ "\",\"openedOn\":\"2024-09-10\"}";
		HttpResponse<String> opened = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds", appeal.replace("2024-09-10", "2024-06-10"));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(opened.body(), "$.kind")).isEqualTo("APPEAL");
		assertThat(JsonPath.<Integer>read(opened.body(), "$.balance")).isZero();
		assertThat(TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/funds", appeal).statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds", "{\"unitCode\":\"62\"}").statusCode())
			.isEqualTo(400);
	}

	private long balance(long fund) {
		return jdbc.sql("select balance from fund where id = :f").param("f", fund).query(Long.class).single();
	}

	private long linesBalance(long fund) {
		return jdbc.sql("select coalesce(sum(amount), 0) from fund_line where fund_id = :f and account in ('CASH','BANK','GOODS')")
			.param("f", fund).query(Long.class).single();
	}

	private long entries(long fund) {
		return jdbc.sql("select count(*) from fund_entry where fund_id = :f").param("f", fund).query(Long.class).single();
	}

}
