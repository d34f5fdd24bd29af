package vn.doanket.fund;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved statement mappings and settling the queue (alerts and unmatched credits) through the pages. */
@IntegrationTest
class StatementSetupPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long fundWithAccount(String preset) {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Mẫu sao kê");
		HttpResponse<String> added = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/accounts",
				"{\"bin\":\"970436\",\"accountNumber\":\"" + FundSetupPagesIntegrationTests.accountNumber()
						+ "\",\"holderName\":\"UY BAN MTTQ\"" + (preset == null ? "" : ",\"mappingName\":\"" + preset + "\"") + "}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		return fund;
	}

	static Map<String, String> signedMapping(String name) {
		Map<String, String> form = new HashMap<>(Map.of("name", name, "delimiter", ";", "date", "Ngày", "datePattern", "dd/MM/yyyy",
				"amountMode", "signed", "signedAmount", "Số tiền", "thousandsSeparator", ".", "description", "Nội dung"));
		form.put("reference", "Mã GD");
		form.put("credit", "ignored because the amount is signed");
		return form;
	}

	@Test
	void theListShowsThePresetsAndTheFundsOwnMappings() {
		long province = jdbc.sql("select f.id from fund f join unit u on u.id = f.unit_id where u.code = '62' and f.kind = 'POOR_FUND'")
			.query(Long.class)
			.single();
		String page = TestHttp.session(port, "tinh.kontum").get("/fund/" + province + "/mappings").body();
		assertThat(page).contains("vcb-2024", "agribank-2024", "vcb-ibanking", "TNXDate", "CreditAmount").doesNotContain("new-mapping");
		String keeperPage = TestHttp.session(port, "ketoan.kontum").get("/fund/" + province + "/mappings").body();
		assertThat(keeperPage).contains("new-mapping", "/fund/mappings/");
	}

	@Test
	void anInvalidMappingIsRefusedNamingTheFieldAndASavedOneImportsAndCanBeEditedAndDeleted() {
		long fund = fundWithAccount(null);
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		assertThat(keeper.get("/fund/" + fund + "/mappings/new?from=vcb-2024").body()).contains("value=\"TNXDate\"");

		Map<String, String> noAmount = signedMapping("ngan-hang-x");
		noAmount.put("signedAmount", "");
		HttpResponse<String> refused = keeper.postForm("/fund/" + fund + "/mappings/new", noAmount);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Số tiền: khai báo hoặc một cột số tiền có dấu");
		Map<String, String> badPattern = signedMapping("ngan-hang-x");
		badPattern.put("datePattern", "dd/MM/yyyyy{");
		assertThat(keeper.postForm("/fund/" + fund + "/mappings/new", badPattern).body()).contains("Ngày giao dịch: cần khai báo cột ngày");
		assertThat(keeper.postForm("/fund/" + fund + "/mappings/new", signedMapping("vcb-2024")).body())
			.contains("Mẫu sao kê: tên này là của một mẫu có sẵn");
		assertThat(count(fund)).isZero();

		String name = "ib-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(keeper.postForm("/fund/" + fund + "/mappings/new", signedMapping(name)).statusCode()).isEqualTo(302);
		assertThat(keeper.postForm("/fund/" + fund + "/mappings/new", signedMapping(name.toUpperCase())).body())
			.contains("quỹ đã có mẫu sao kê cùng tên");
		long mapping = jdbc.sql("select id from fund_statement_mapping where fund_id = :f").param("f", fund).query(Long.class).single();
		assertThat(keeper.get("/fund/" + fund + "/import").body()).contains("value=\"saved:" + mapping + "\"", name);

		String csv = """
				Ngày;Mã GD;Nội dung;Số tiền
				17/10/2024;A1;Ung ho cac tinh bi bao lut;1.500.000
				18/10/2024;A2;Phi dich vu;-11.000
				""";
		HttpResponse<String> done = keeper.upload("/fund/" + fund + "/import?preset=saved:" + mapping, "ib.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(done.headers().firstValue("Location").orElseThrow()).contains("/fund/imports/");
		assertThat(jdbc.sql("""
				select count(*) from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id where a.fund_id = :f""")
			.param("f", fund).query(Long.class).single()).isEqualTo(2L);

		Map<String, String> edited = signedMapping(name + "-2");
		edited.put("delimiter", ",");
		assertThat(keeper.postForm("/fund/mappings/" + mapping, edited).statusCode()).isEqualTo(302);
		assertThat(keeper.get("/fund/mappings/" + mapping).body()).contains("value=\"" + name + "-2\"");
		assertThat(TestHttp.session(port, "tinh.kontum").postForm("/fund/mappings/" + mapping + "/delete", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(keeper.postForm("/fund/mappings/" + mapping + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(count(fund)).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'fund_statement_mapping' and entity_id = :m")
			.param("m", String.valueOf(mapping)).query(Long.class).single()).isEqualTo(3L);
	}

	@Test
	void alertsAreMatchedToApprovedPaymentsOrExplainedAndCreditsMatchedToAReference() {
		long fund = fundWithAccount("agribank-2024");
		String code = JsonPath.read(TestHttp.anonymous(port).postJson("/api/v1/public/funds/" + fund + "/references",
				"{\"donorName\":\"Hà Văn Tâm\",\"anonymous\":false}").body(), "$.reference");
		String csv = """
				PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
				1,09/09/2024,,,11,Ung ho cac tinh bi bao lut,,"5,000,000",,
				1,10/09/2024,,,12,Ung ho dong bao vung lu,,"300,000",,
				1,12/09/2024,,,13,Chi ho tro ho ba Y Hoa,"2,000,000",,,
				1,12/09/2024,,,14,Phi quan ly tai khoan,"11,000",,,
				""";
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		keeper.upload("/fund/" + fund + "/import", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
		String queue = keeper.get("/fund/" + fund + "/unmatched").body();
		assertThat(queue).contains("Ung ho cac tinh bi bao lut", "Phi quan ly tai khoan", "Cảnh báo");
		assertThat(keeper.get("/fund/" + fund + "/unmatched?show=ALERT").body()).contains("Phi quan ly").doesNotContain("Ung ho dong bao");
		assertThat(keeper.get("/fund/" + fund + "/unmatched?q=vung%20lu").body()).contains("Ung ho dong bao").doesNotContain("Phi quan ly");
		assertThat(keeper.get("/fund/" + fund + "/unmatched?from=2024-09-11&to=12/09/2024").body()).contains("Phi quan ly")
			.doesNotContain("Ung ho dong bao");
		assertThat(keeper.get("/fund/" + fund + "/unmatched?from=2024-13-01").statusCode()).isEqualTo(400);
		long fee = line(fund, "Phi quan ly tai khoan");
		long paid = line(fund, "Chi ho tro ho ba Y Hoa");
		long credit = line(fund, "Ung ho dong bao vung lu");

		HttpResponse<String> noNote = keeper.postForm("/fund/lines/" + fee + "/explain", Map.of("note", " "));
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(noNote.body()).contains("Ghi chú: bắt buộc phải nhập");
		assertThat(keeper.postForm("/fund/lines/" + fee + "/explain", Map.of("note", "Phí dịch vụ ngân hàng tháng 9")).statusCode())
			.isEqualTo(302);
		assertThat(jdbc.sql("select match_status || ' ' || note || ' ' || resolved_by from fund_statement_line where id = :l")
			.param("l", fee).query(String.class).single()).isEqualTo("EXPLAINED Phí dịch vụ ngân hàng tháng 9 ketoan.kontum");
		assertThat(keeper.postForm("/fund/lines/" + fee + "/explain", Map.of("note", "lần hai")).body())
			.contains("dòng sao kê này không còn chờ xử lý");

		keeper.postForm("/fund/" + fund + "/payments", Map.of("date", "2024-09-11", "amount", "2.000.000", "purpose", "LIVELIHOOD",
				"channel", "BANK_TRANSFER", "beneficiaryName", "Hộ bà Y Hoa", "povertyStatus", "POOR", "areaName", "Thôn 1"));
		keeper.postForm("/fund/" + fund + "/payments", Map.of("date", "2024-09-11", "amount", "1.000.000", "purpose", "LIVELIHOOD",
				"channel", "BANK_TRANSFER", "beneficiaryName", "Hộ ông A Lưu", "povertyStatus", "POOR", "areaName", "Thôn 2"));
		TestHttp approver = TestHttp.session(port, "tinh.kontum");
		long right = payment(fund, "Hộ bà Y Hoa");
		long wrong = payment(fund, "Hộ ông A Lưu");
		approver.postForm("/fund/payments/" + right + "/approve", Map.of());
		approver.postForm("/fund/payments/" + wrong + "/approve", Map.of());
		assertThat(keeper.get("/fund/" + fund + "/unmatched?show=ALERT").body()).contains("Hộ bà Y Hoa", "Hộ ông A Lưu");
		HttpResponse<String> differs = keeper.postForm("/fund/lines/" + paid + "/payment", Map.of("payment", String.valueOf(wrong)));
		assertThat(differs.statusCode()).isEqualTo(400);
		assertThat(differs.body()).contains("khác số tiền ra trên sao kê");
		assertThat(approver.postForm("/fund/lines/" + paid + "/payment", Map.of("payment", String.valueOf(right))).statusCode())
			.isEqualTo(403);
		assertThat(keeper.postForm("/fund/lines/" + paid + "/payment", Map.of("payment", String.valueOf(right))).statusCode())
			.isEqualTo(302);
		assertThat(jdbc.sql("select statement_line_id from fund_payment where id = :p").param("p", right).query(Long.class).single())
			.isEqualTo(paid);
		assertThat(jdbc.sql("select match_status from fund_statement_line where id = :l").param("l", paid).query(String.class).single())
			.isEqualTo("PAYMENT");

		assertThat(keeper.postForm("/fund/lines/" + credit + "/reference", Map.of("ref", "KHONGCO1")).body())
			.contains("quỹ chưa cấp mã tham chiếu KHONGCO1");
		long before = balance(fund);
		assertThat(keeper.postForm("/fund/lines/" + credit + "/reference", Map.of("ref", code.toLowerCase())).statusCode())
			.isEqualTo(302);
		assertThat(balance(fund)).isEqualTo(before + 300_000L);
		assertThat(jdbc.sql("""
				select e.party_name || ' ' || e.reference_code from fund_entry e join fund_statement_line l on l.entry_id = e.id
				 where l.id = :l""").param("l", credit).query(String.class).single()).isEqualTo("Hà Văn Tâm " + code);
		String settled = keeper.get("/fund/" + fund + "/unmatched?show=SETTLED").body();
		assertThat(settled).contains("Phí dịch vụ ngân hàng tháng 9", "Xử lý bởi ketoan.kontum", "Ung ho dong bao vung lu");
		assertThat(keeper.get("/fund/" + fund + "/unmatched").body()).doesNotContain("Phi quan ly", "Chi ho tro ho ba Y Hoa");
		String csvExport = keeper.get("/fund/" + fund + "/unmatched.csv?show=SETTLED").body();
		assertThat(csvExport).contains("EXPLAINED", "Phí dịch vụ ngân hàng tháng 9", "-11000", "PAYMENT", "-2000000")
			.doesNotContain("Ung ho cac tinh bi bao lut");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'fund_statement_line' and entity_id in (:ids)
				   and action in ('explain-alert', 'match-payment', 'match-reference')""")
			.param("ids", java.util.List.of(String.valueOf(fee), String.valueOf(paid), String.valueOf(credit)))
			.query(Long.class).single()).isEqualTo(3L);
	}

	private long count(long fund) {
		return jdbc.sql("select count(*) from fund_statement_mapping where fund_id = :f").param("f", fund).query(Long.class).single();
	}

	private long line(long fund, String description) {
		return jdbc.sql("""
				select l.id from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id
				 where a.fund_id = :f and l.description = :d""").param("f", fund).param("d", description).query(Long.class).single();
	}

	private long payment(long fund, String beneficiary) {
		return jdbc.sql("select id from fund_payment where fund_id = :f and beneficiary_name = :b").param("f", fund)
			.param("b", beneficiary).query(Long.class).single();
	}

	private long balance(long fund) {
		return jdbc.sql("select balance from fund where id = :f").param("f", fund).query(Long.class).single();
	}

}
