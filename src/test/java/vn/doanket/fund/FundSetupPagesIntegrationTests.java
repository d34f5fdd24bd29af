package vn.doanket.fund;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening an appeal fund, renaming it, its bank accounts with their VietQR, and closing its books, through the pages. */
@IntegrationTest
class FundSetupPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static String accountNumber() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
	}

	@Test
	void theAccountantOpensAnAppealFundFindsItWithoutDiacriticsAndRenamesIt() {
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		assertThat(keeper.get("/fund/new").body()).contains("Tỉnh Kon Tum", "id=\"appeal-form\"", "value=\"2025-06-30\"");
		HttpResponse<String> merged = keeper.postForm("/fund/new", Map.of("unitCode", "62", "name", "Quỹ", "openedOn", "2025-07-01"));
		assertThat(merged.statusCode()).isEqualTo(400);
		assertThat(merged.body()).contains("Không có đơn vị hành chính mã 62 vào ngày yêu cầu");
		HttpResponse<String> noName = keeper.postForm("/fund/new", Map.of("unitCode", "62", "name", " ", "openedOn", "2024-09-10"));
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("is-invalid", "bắt buộc phải nhập");
		assertThat(keeper.postForm("/fund/new", Map.of("unitCode", "62", "name", "Quỹ", "openedOn", "10/13/2024")).statusCode())
			.isEqualTo(400);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "Quỹ cứu trợ bão số 3 " + tag;
		HttpResponse<String> opened = keeper.postForm("/fund/new",
				Map.of("unitCode", "62", "name", name, "description", "Ủng hộ đồng bào", "openedOn", "10/09/2024"));
		assertThat(opened.statusCode()).isEqualTo(302);
		long fund = jdbc.sql("select id from fund where name = :n and kind = 'APPEAL' and opened_on = date '2024-09-10'")
			.param("n", name)
			.query(Long.class)
			.single();
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/fund/" + fund + "/settings");
		assertThat(keeper.get("/fund?q=cuu%20tro%20bao%20so%203%20" + tag).body()).contains(name).doesNotContain("Đắk Glei");
		assertThat(keeper.get("/fund?q=khong%20co%20quy%20nay").body()).contains("Không có quỹ nào khớp");
		assertThat(keeper.get("/fund?kind=APPEAL").body()).doesNotContain("Quỹ &quot;Vì người nghèo&quot; Tỉnh Kon Tum");

		assertThat(keeper.postForm("/fund/" + fund + "/settings", Map.of("name", "")).statusCode()).isEqualTo(400);
		assertThat(keeper.postForm("/fund/" + fund + "/settings", Map.of("name", name + " (2024)", "description", "Bão Yagi"))
			.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select name from fund where id = :f").param("f", fund).query(String.class).single())
			.isEqualTo(name + " (2024)");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'fund' and entity_id = :f and action in ('open', 'rename')")
			.param("f", String.valueOf(fund))
			.query(Long.class)
			.single()).isEqualTo(2L);

		TestHttp standing = TestHttp.session(port, "tinh.kontum");
		assertThat(standing.get("/fund/new").statusCode()).isEqualTo(403);
		assertThat(standing.postForm("/fund/new", Map.of("unitCode", "62", "name", "X", "openedOn", "2024-09-10")).statusCode())
			.isEqualTo(403);
		assertThat(standing.postForm("/fund/" + fund + "/settings", Map.of("name", "Đổi tên")).statusCode()).isEqualTo(403);
	}

	@Test
	void bankAccountsAreCheckedShownWithTheirVietQrEditedAndDeactivated() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Trang tài khoản");
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		String number = accountNumber();
		HttpResponse<String> unknownBin = keeper.postForm("/fund/" + fund + "/accounts",
				Map.of("bin", "123456", "accountNumber", number, "holderName", "UY BAN MTTQ"));
		assertThat(unknownBin.statusCode()).isEqualTo(400);
		assertThat(unknownBin.body()).contains("123456 không có trong danh sách ngân hàng VietQR");
		HttpResponse<String> letters = keeper.postForm("/fund/" + fund + "/accounts",
				Map.of("bin", "970436", "accountNumber", "00110A", "holderName", "UY BAN MTTQ"));
		assertThat(letters.statusCode()).isEqualTo(400);
		assertThat(letters.body()).contains("số tài khoản chỉ gồm chữ số");
		HttpResponse<String> taken = keeper.postForm("/fund/" + fund + "/accounts",
				Map.of("bin", "970436", "accountNumber", "0011001932418", "holderName", "UY BAN MTTQ"));
		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(taken.body()).contains("tài khoản này đã được khai báo");
		assertThat(accountCount(fund)).isZero();

		assertThat(keeper.postForm("/fund/" + fund + "/accounts",
				Map.of("bin", "970405", "accountNumber", number, "holderName", "UY BAN MTTQ TINH KON TUM")).statusCode())
			.isEqualTo(302);
		long account = jdbc.sql("select id from fund_bank_account where fund_id = :f").param("f", fund).query(Long.class).single();
		String settings = keeper.get("/fund/" + fund + "/settings").body();
		assertThat(settings).contains("Agribank", number, "data:image/png;base64,",
				VietQrPayload.builder().bankBin("970405").accountNumber(number).build().text());
		assertThat(keeper.postForm("/fund/" + fund + "/accounts",
				Map.of("bin", "970405", "accountNumber", number, "holderName", "Lần hai")).statusCode()).isEqualTo(400);

		assertThat(keeper.get("/fund/accounts/" + account).body()).contains("value=\"" + number + "\"");
		assertThat(keeper.postForm("/fund/accounts/" + account, Map.of("bin", "970436", "bankName", "Vietcombank Kon Tum",
				"accountNumber", number, "holderName", "UY BAN MTTQ")).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select bin || ' ' || bank_name from fund_bank_account where id = :a").param("a", account)
			.query(String.class).single()).isEqualTo("970436 Vietcombank Kon Tum");

		assertThat(keeper.postForm("/fund/accounts/" + account + "/active", Map.of()).statusCode()).isEqualTo(400);
		assertThat(keeper.postForm("/fund/accounts/" + account + "/active", Map.of("active", "false")).statusCode()).isEqualTo(302);
		assertThat(keeper.get("/fund/" + fund + "/import").body()).contains("Quỹ chưa có tài khoản ngân hàng");
		assertThat(keeper.get("/fund/" + fund + "/settings").body()).contains("Ngừng sử dụng", "Dùng lại");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'fund_bank_account' and entity_id = :a")
			.param("a", String.valueOf(account))
			.query(Long.class)
			.single()).isEqualTo(3L);
		assertThat(TestHttp.session(port, "tinh.kontum").postForm("/fund/accounts/" + account + "/active", Map.of("active", "true"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void accountsWithImportedStatementsKeepTheirNumber() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Tài khoản có sao kê");
		String number = accountNumber();
		TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/accounts", "{\"bin\":\"970405\",\"accountNumber\":\""
				+ number + "\",\"holderName\":\"MTTQ\",\"mappingName\":\"agribank-2024\"}");
		String csv = """
				PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
				1,09/09/2024,,,1,Ung ho cac tinh bi bao lut,,"100,000",,
				""";
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		assertThat(keeper.upload("/fund/" + fund + "/import", "a.csv", csv.getBytes()).statusCode()).isEqualTo(302);
		long account = jdbc.sql("select id from fund_bank_account where fund_id = :f").param("f", fund).query(Long.class).single();
		HttpResponse<String> renumber = keeper.postForm("/fund/accounts/" + account,
				Map.of("bin", "970405", "accountNumber", accountNumber(), "holderName", "MTTQ"));
		assertThat(renumber.statusCode()).isEqualTo(400);
		assertThat(renumber.body()).contains("không đổi được ngân hàng hay số tài khoản");
		assertThat(keeper.postForm("/fund/accounts/" + account, Map.of("bin", "970405", "accountNumber", number, "holderName",
				"UY BAN MTTQ VN")).statusCode()).isEqualTo(302);
	}

	@Test
	void theAccountantClosesThePeriodAndPostingsDatedInsideAreRefusedOnThePages() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Khóa sổ");
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		keeper.postForm("/fund/" + fund + "/receipts", Map.of("date", "17/10/2024", "amount", "1.500.000", "donorKind", "INDIVIDUAL",
				"donorName", "Phan Thị Thu", "channel", "CASH"));
		assertThat(keeper.get("/fund/" + fund).body()).contains("PT-2024/0001");
		assertThat(keeper.get("/fund/" + fund + "/closing").body()).contains("chưa khóa lần nào", "data-confirm");
		assertThat(keeper.postForm("/fund/" + fund + "/closing", Map.of()).statusCode()).isEqualTo(400);
		assertThat(keeper.postForm("/fund/" + fund + "/closing", Map.of("closedThrough", "2999-01-01")).body())
			.contains("không khóa sổ cho ngày trong tương lai");
		assertThat(keeper.postForm("/fund/" + fund + "/closing", Map.of("closedThrough", "2024-10-31")).statusCode()).isEqualTo(302);
		String page = keeper.get("/fund/" + fund + "/closing").body();
		assertThat(page).contains("31/10/2024", "ketoan.kontum", "closings-table");
		HttpResponse<String> backwards = keeper.postForm("/fund/" + fund + "/closing", Map.of("closedThrough", "2024-10-01"));
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body()).contains("ngày khóa sổ mới phải sau ngày đó");

		keeper.postForm("/fund/" + fund + "/receipts", Map.of("date", "20/10/2024", "amount", "200.000", "donorKind", "INDIVIDUAL",
				"donorName", "Lê Văn Tám", "channel", "CASH"));
		assertThat(keeper.get("/fund/" + fund).body()).contains("kỳ kế toán đã khóa sổ đến ngày");
		keeper.postForm("/fund/" + fund + "/payments", Map.of("date", "2024-10-25", "amount", "100.000", "purpose", "RELIEF",
				"channel", "CASH", "beneficiaryName", "Hộ bà Y Hoa", "povertyStatus", "POOR", "areaName", "Thôn 1"));
		assertThat(keeper.get("/fund/" + fund + "/payments").body()).contains("kỳ kế toán đã khóa sổ đến ngày");
		assertThat(jdbc.sql("select balance from fund where id = :f").param("f", fund).query(Long.class).single()).isEqualTo(1_500_000L);
		assertThat(TestHttp.session(port, "tinh.kontum").postForm("/fund/" + fund + "/closing", Map.of("closedThrough", "2024-11-30"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theBeneficiarysAreaIsChosenFromTheCommunesResidentialAreas() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Khu dân cư");
		long dakPek = unit("23353");
		long dakUng = jdbc.sql("select id from residential_area where commune_id = :c and name = 'Thôn Đắk Ung'").param("c", dakPek)
			.query(Long.class).single();
		long otherArea = jdbc.sql("select min(id) from residential_area where commune_id = :c").param("c", unit("23281"))
			.query(Long.class).single();
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		assertThat(keeper.get("/fund/" + fund + "/payments").body()).contains("Xã Đắk Pék", "id=\"p-area\"");
		assertThat(keeper.get("/fund/" + fund + "/areas?communeId=" + dakPek).body()).contains("Thôn Đắk Ung", "Thôn Đắk Đoát")
			.doesNotContain("Làng Plei Đôn");
		Map<String, String> form = new java.util.HashMap<>(Map.of("date", "2024-11-02", "amount", "4.000.000", "purpose",
				"LIVELIHOOD", "channel", "CASH", "beneficiaryName", "Hộ bà Y Hoa", "povertyStatus", "POOR"));
		form.put("communeId", String.valueOf(dakPek));
		form.put("areaId", String.valueOf(otherArea));
		keeper.postForm("/fund/" + fund + "/payments", form);
		assertThat(keeper.get("/fund/" + fund + "/payments").body()).contains("khu dân cư không thuộc Xã Đắk Pék");
		form.put("communeId", String.valueOf(unit("26734")));
		keeper.postForm("/fund/" + fund + "/payments", form);
		assertThat(keeper.get("/fund/" + fund + "/payments").body()).contains("xã/phường không thuộc địa bàn của quỹ");
		form.put("communeId", String.valueOf(dakPek));
		form.put("areaId", String.valueOf(dakUng));
		keeper.postForm("/fund/" + fund + "/payments", form);
		assertThat(jdbc.sql("select area_name from fund_payment where fund_id = :f").param("f", fund).query(String.class).single())
			.isEqualTo("Thôn Đắk Ung, Xã Đắk Pék");
	}

	private long unit(String code) {
		return jdbc.sql("select id from unit where code = :c and catalog = '2023'").param("c", code).query(Long.class).single();
	}

	private long accountCount(long fund) {
		return jdbc.sql("select count(*) from fund_bank_account where fund_id = :f").param("f", fund).query(Long.class).single();
	}

}
