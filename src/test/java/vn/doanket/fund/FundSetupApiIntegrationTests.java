package vn.doanket.fund;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The same set-up over the JSON API: renaming, accounts, saved mappings used by an import, settling lines. */
@IntegrationTest
class FundSetupApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSavedMappingImportsThroughTheApiAndItsAlertIsExplained() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "API thiết lập");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		assertThat(keeper.putJson("/api/v1/funds/" + fund, "{\"name\":\"Quỹ cứu trợ lũ quét\"}").body()).contains("Quỹ cứu trợ lũ quét");
		assertThat(TestHttp.basic(port, "tinh.kontum").putJson("/api/v1/funds/" + fund, "{\"name\":\"X\"}").statusCode()).isEqualTo(403);
		assertThat(keeper.get("/api/v1/vietqr-banks").body()).contains("970436", "Vietcombank");

		HttpResponse<String> account = keeper.postJson("/api/v1/funds/" + fund + "/accounts", "{\"bin\":\"970418\",\"accountNumber\":\""
				+ FundSetupPagesIntegrationTests.accountNumber() + "\",\"holderName\":\"MTTQ\"}");
		assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(account.body(), "$.bankName")).isEqualTo("BIDV");
		int accountId = JsonPath.read(account.body(), "$.id");

		HttpResponse<String> bad = keeper.postJson("/api/v1/funds/" + fund + "/mappings",
				"{\"name\":\"bidv\",\"date\":\"Ngày\",\"datePattern\":\"dd/MM/yyyy\",\"credit\":\"Có\",\"description\":\"Nội dung\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("amount");
		HttpResponse<String> saved = keeper.postJson("/api/v1/funds/" + fund + "/mappings",
				"{\"name\":\"bidv\",\"date\":\"Ngày\",\"datePattern\":\"dd/MM/yyyy\",\"credit\":\"Có\",\"debit\":\"Nợ\","
						+ "\"thousandsSeparator\":\",\",\"description\":\"Nội dung\"}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		int mappingId = JsonPath.read(saved.body(), "$.id");
		List<String> names = JsonPath.read(keeper.get("/api/v1/funds/" + fund + "/mappings").body(), "$[*].name");
		assertThat(names).containsExactly("agribank-2024", "vcb-2024", "bidv");

		String csv = """
				Ngày,Nội dung,Có,Nợ
				02/10/2024,Ung ho dong bao,"250,000",
				03/10/2024,Rut tien mat,,"1,000,000"
				""";
		HttpResponse<String> imported = keeper.upload("/api/v1/funds/" + fund + "/statements?preset=saved:" + mappingId, "b.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(imported.body(), "$.imported")).isEqualTo(2);
		assertThat(TestHttp.basic(port, "ketoan.kontum").upload("/api/v1/funds/" + provinceFund() + "/statements?preset=saved:"
				+ mappingId, "b.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);

		String alerts = keeper.get("/api/v1/funds/" + fund + "/statement-lines?show=ALERT").body();
		assertThat(JsonPath.<Integer>read(alerts, "$.total")).isEqualTo(1);
		int line = JsonPath.read(alerts, "$.items[0].id");
		assertThat(TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/statement-lines/" + line + "/explain", "{\"note\":\"x\"}")
			.statusCode()).isEqualTo(403);
		assertThat(keeper.postJson("/api/v1/statement-lines/" + line + "/explain", "{}").statusCode()).isEqualTo(400);
		assertThat(keeper.postJson("/api/v1/statement-lines/" + line + "/explain", "{\"note\":\"Rút tiền mặt nhập quỹ\"}").statusCode())
			.isEqualTo(200);
		String settled = keeper.get("/api/v1/funds/" + fund + "/statement-lines?show=SETTLED").body();
		assertThat(JsonPath.<String>read(settled, "$.items[0].status")).isEqualTo("EXPLAINED");
		assertThat(JsonPath.<String>read(settled, "$.items[0].resolvedBy")).isEqualTo("ketoan.kontum");

		HttpResponse<String> renumber = keeper.putJson("/api/v1/fund-accounts/" + accountId,
				"{\"bin\":\"970418\",\"accountNumber\":\"" + FundSetupPagesIntegrationTests.accountNumber() + "\",\"holderName\":\"MTTQ\"}");
		assertThat(renumber.statusCode()).isEqualTo(400);
		assertThat(keeper.postJson("/api/v1/fund-accounts/" + accountId + "/active", "{\"active\":false}").body()).contains("\"active\":false");
		assertThat(keeper.get("/api/v1/funds/" + fund + "/accounts").body()).contains("\"active\":false");
		assertThat(keeper.delete("/api/v1/statement-mappings/" + mappingId).statusCode()).isEqualTo(204);
		assertThat(keeper.get("/api/v1/funds/" + fund + "/mappings").body()).doesNotContain("bidv");
	}

	private long provinceFund() {
		return jdbc.sql("select f.id from fund f join unit u on u.id = f.unit_id where u.code = '62' and f.kind = 'POOR_FUND'")
			.query(Long.class)
			.single();
	}

}
