package vn.doanket.fund;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FundPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long provinceFund() {
		return jdbc.sql("select f.id from fund f join unit u on u.id = f.unit_id where u.code = '62' and f.kind = 'POOR_FUND'")
			.query(Long.class)
			.single();
	}

	@Test
	void theAccountantSeesTheFundsAndTheLedgerAndRecordsAReceiptThroughTheForm() {
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		assertThat(keeper.get("/fund").body()).contains("Quỹ \"Vì người nghèo\" Tỉnh Kon Tum".replace("\"", "&quot;"));
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Trang sổ quỹ");
		HttpResponse<String> bad = keeper.postForm("/fund/" + fund + "/receipts",
				Map.of("date", "2024-10-17", "amount", "-1", "donorKind", "INDIVIDUAL", "donorName", "A", "channel", "CASH"));
		assertThat(bad.statusCode()).isEqualTo(302);
		assertThat(keeper.get("/fund/" + fund).body()).contains("lớn hơn 0");
		keeper.postForm("/fund/" + fund + "/receipts", Map.of("date", "17/10/2024", "amount", "1.500.000", "donorKind",
				"INDIVIDUAL", "donorName", "Phan Thị Thu", "channel", "CASH"));
		String ledger = keeper.get("/fund/" + fund + "?q=phan%20thi%20thu").body();
		assertThat(ledger).contains("Phan Thị Thu", "PT-2024/0001", "1.500.000");
		String csv = keeper.get("/fund/" + fund + "/entries.csv").body();
		assertThat(csv).contains("Phan Thị Thu", "1500000");
		long entry = jdbc.sql("select id from fund_entry where fund_id = :f").param("f", fund).query(Long.class).single();
		HttpResponse<byte[]> pdf = keeper.getBytes("/fund/entries/" + entry + "/voucher.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aPaymentProposedOnThePageIsApprovedByTheStandingCommittee() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Trang chi");
		TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/receipts",
				FundLedgerIntegrationTests.receipt("2024-10-17", 10_000_000, "Công ty B", false));
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		keeper.postForm("/fund/" + fund + "/payments", Map.of("date", "2024-11-02", "amount", "4.000.000", "purpose", "LIVELIHOOD",
				"channel", "CASH", "beneficiaryName", "Hộ bà Y Hoa", "povertyStatus", "POOR", "areaName", "Làng Plei Đôn"));
		long payment = jdbc.sql("select id from fund_payment where fund_id = :f").param("f", fund).query(Long.class).single();
		assertThat(keeper.get("/fund/" + fund + "/payments").body()).contains("Hộ bà Y Hoa").doesNotContain("/approve");
		TestHttp approver = TestHttp.session(port, "tinh.kontum");
		assertThat(approver.get("/fund/" + fund + "/payments").body()).contains("/fund/payments/" + payment + "/approve");
		assertThat(approver.postForm("/fund/payments/" + payment + "/approve", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select balance from fund where id = :f").param("f", fund).query(Long.class).single()).isEqualTo(6_000_000L);
	}

	@Test
	void theImportPageShowsTheSummaryAndTheRejectedRows() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Trang sao kê");
		TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/accounts",
				"{\"bankName\":\"Agribank\",\"bin\":\"970405\",\"accountNumber\":\"" + (System.nanoTime() % 1_000_000_000L)
						+ "\",\"holderName\":\"MTTQ\",\"mappingName\":\"agribank-2024\"}");
		String csv = """
				PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
				1,09/09/2024,,,1,NGUYEN THI ANH ung ho,,"500,000",,
				1,09/09/2024,,,2,sai,,"abc",,
				""";
		TestHttp keeper = TestHttp.session(port, "ketoan.kontum");
		HttpResponse<String> done = keeper.upload("/fund/" + fund + "/import", "s.csv", csv.getBytes());
		assertThat(done.statusCode()).isEqualTo(302);
		String location = done.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/fund/imports/");
		String page = keeper.get(location.substring(location.indexOf("/fund/"))).body();
		assertThat(page).contains("id=\"count-imported\">1<", "id=\"count-rejected\">1<", "số tiền không đọc được");
		HttpResponse<String> notStatement = keeper.upload("/fund/" + fund + "/import", "x.txt", "hello".getBytes());
		assertThat(keeper.get(notStatement.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body()).contains("alert-danger");
	}

	@Test
	void thePublicPagesNeedNoLoginAndHideWhatMustStayPrivate() throws IOException {
		long fund = provinceFund();
		TestHttp visitor = TestHttp.anonymous(port);
		assertThat(visitor.get("/public/funds").body()).contains("Tỉnh Kon Tum");
		String page = visitor.get("/public/funds/" + fund + "?q=nguyen%20thi%20anh").body();
		assertThat(page).contains("Nguyễn Thị Ánh", "flows-chart");
		assertThat(visitor.get("/public/funds/" + fund + "?q=an%20danh").body()).contains("Ẩn danh").doesNotContain("Trần Văn Hùng");
		assertThat(visitor.get("/public/funds/" + fund + "?q=thon%20dak%20ung").body()).contains("Y Đ., Thôn Đắk Ung")
			.doesNotContain("Y Đoan");
		String csv = visitor.get("/public/funds/" + fund + "/transactions.csv").body();
		assertThat(csv).contains("Ẩn danh").doesNotContain("Y Đoan");
		HttpResponse<String> qr = visitor.postForm("/public/funds/" + fund + "/reference", Map.of("donorName", "Hà Văn Tâm", "amount", "200000"));
		assertThat(qr.body()).contains("data:image/png;base64,", "donor-reference");
		assertThat(visitor.get("/public/funds/" + fund + "?year=1").statusCode()).isEqualTo(400);
	}

	@Test
	void theReportRollsUpTheLowerLevelsFunds() {
		TestHttp approver = TestHttp.session(port, "tinh.kontum");
		String report = approver.get("/fund/" + provinceFund() + "/report?from=2023-01-01&to=2023-12-31").body();
		assertThat(report).contains("Huyện Đắk Glei", "Xã Đắk Pék", "report-chart", "40.000.000");
	}

}
