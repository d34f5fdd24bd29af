package vn.doanket.fund;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PublicFundIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePublicFindsDonationsWithoutDiacriticsAndNeverSeesPhoneIdOrAccountNumbers() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Công khai");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		keeper.postJson("/api/v1/funds/" + fund + "/receipts", """
				{"date":"2024-10-17","amount":500000,"donorKind":"INDIVIDUAL","donorName":"NGUYỄN THỊ ÁNH",
				 "channel":"BANK_TRANSFER","description":"ung ho SDT 0912 345 678 CCCD 062190001234 STK 0011001932418"}""");
		keeper.postJson("/api/v1/funds/" + fund + "/receipts", """
				{"date":"2024-10-18","amount":200000,"donorKind":"INDIVIDUAL","donorName":"Nguyen Thi Anh 0987654321",
				 "channel":"CASH","description":"goi so 0.9.8.7.6.5.4.3.2.1"}""");
		keeper.postJson("/api/v1/funds/" + fund + "/receipts", """
				{"date":"2024-10-19","amount":100000,"donorKind":"INDIVIDUAL","donorName":"Đỗ Văn Kín","anonymous":true,
				 "channel":"CASH"}""");
		long payment = ((Number) JsonPath.read(keeper.postJson("/api/v1/funds/" + fund + "/payments", """
				{"date":"2024-11-01","amount":300000,"purpose":"SCHOOLING","channel":"CASH","beneficiaryName":"Nguyễn Văn An",
				 "povertyStatus":"POOR","areaName":"Thôn Đắk Ung","description":"Hỗ trợ học sinh, ĐT 0905111222"}""").body(), "$.id"))
			.longValue();
		TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/fund-payments/" + payment + "/approve", "{}");

		TestHttp anonymous = TestHttp.stateless(port);
		HttpResponse<String> found = anonymous.get("/api/v1/public/funds/" + fund + "/transactions?q=nguyen%20thi%20anh");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(found.body(), "$.total")).isEqualTo(2);
		String all = anonymous.get("/api/v1/public/funds/" + fund + "/transactions?size=50").body();
		assertThat(JsonPath.<List<String>>read(all, "$.items[*].party")).contains("Ẩn danh", "Nguyễn V. A., Thôn Đắk Ung")
			.doesNotContain("Đỗ Văn Kín", "Nguyễn Văn An");
		String digits = all.replaceAll("[ .\\-]", "");
		for (String secret : List.of("0912345678", "062190001234", "0011001932418", "0987654321", "9876543210", "0905111222")) {
			assertThat(digits).doesNotContain(secret);
		}
		assertThat(JsonPath.<Integer>read(anonymous.get("/api/v1/public/funds/" + fund + "/transactions?q=500.000").body(), "$.total"))
			.isEqualTo(1);
		assertThat(total(anonymous, fund, "nguyen thi an")).as("the last word may be unfinished").isEqualTo(2);
		assertThat(total(anonymous, fund, "anh nguyen thi")).as("in any order").isEqualTo(2);
		assertThat(total(anonymous, fund, "thon dak ung")).as("the masked beneficiary's area").isEqualTo(1);
		assertThat(total(anonymous, fund, "ung ho sdt")).as("the bank's description is shown, not searched").isZero();
		assertThat(JsonPath.<List<String>>read(all, "$.items[*].description")).contains("ung ho SDT *** CCCD *** STK ***");
		assertThat(total(anonymous, fund, "guyen")).as("whole words, not the middle of one").isZero();
		for (String secret : List.of("0912", "345678", "0011001932418", "062190001234", "9876543210")) {
			assertThat(total(anonymous, fund, secret)).as(secret).isZero();
		}
		assertThat(JsonPath.<Integer>read(anonymous.get("/api/v1/public/funds/" + fund + "/transactions?q=18/10/2024").body(), "$.total"))
			.isEqualTo(1);
		String summary = anonymous.get("/api/v1/public/funds/" + fund + "/summary?from=2024-10-01&to=2024-11-30&unit=month").body();
		assertThat(JsonPath.<Integer>read(summary, "$.moneyIn")).isEqualTo(800_000);
		assertThat(JsonPath.<Integer>read(summary, "$.closing")).isEqualTo(500_000);
		assertThat(JsonPath.<List<Object>>read(anonymous.get("/api/v1/public/funds").body(), "$.items[*].id")).isNotEmpty();
	}

	private static int total(TestHttp visitor, long fund, String q) {
		return JsonPath.read(visitor.get("/api/v1/public/funds/" + fund + "/transactions?q="
				+ java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).body(), "$.total");
	}

	@Test
	void theFundsVietQrCarriesTheBankAccountAmountAndReference() {
		long fund = jdbc.sql("select f.id from fund f join unit u on u.id = f.unit_id where u.code = '62' and f.kind = 'POOR_FUND'")
			.query(Long.class)
			.single();
		HttpResponse<String> qr = TestHttp.basic(port, "tinh.kontum").get("/api/v1/funds/" + fund + "/vietqr?amount=1500000&ref=UNG%20HO%20QUY");
		assertThat(qr.statusCode()).as(qr.body()).isEqualTo(200);
		String payload = JsonPath.read(qr.body(), "$.payload");
		assertThat(payload).startsWith("000201010212").contains("A000000727", "970436", "0011001932418", "54071500000", "UNG HO QUY");
		String png = JsonPath.read(qr.body(), "$.png");
		assertThat(Base64.getDecoder().decode(png.substring("data:image/png;base64,".length()))).startsWith((byte) 0x89, (byte) 'P');
		assertThat(TestHttp.basic(port, "phunu.kontum").get("/api/v1/funds/" + fund + "/vietqr").statusCode()).isEqualTo(403);
		assertThat(TestHttp.basic(port, "tinh.kontum").get("/api/v1/funds/" + fund + "/vietqr?amount=-1").statusCode()).isEqualTo(400);
	}

}
