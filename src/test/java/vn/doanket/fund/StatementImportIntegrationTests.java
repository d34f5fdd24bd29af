package vn.doanket.fund;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StatementImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static byte[] sample(String name) throws IOException {
		try (InputStream in = StatementImportIntegrationTests.class.getResourceAsStream("/statements/" + name)) {
			return in.readAllBytes();
		}
	}

	/** A fresh fund with its own bank account, so that imports of other tests do not count as duplicates here. */
	long fundWithAccount(String mapping) {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Sao kê");
		String account = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
		HttpResponse<String> added = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/funds/" + fund + "/accounts",
				"{\"bankName\":\"Vietcombank\",\"bin\":\"970436\",\"accountNumber\":\"" + account
						+ "\",\"holderName\":\"UY BAN MTTQ\",\"mappingName\":" + (mapping == null ? "null" : "\"" + mapping + "\"") + "}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		return fund;
	}

	@Test
	void theVietcombankSampleImportsOnceAndAgainAddsNothing() throws IOException {
		long fund = fundWithAccount(null);
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		HttpResponse<String> first = keeper.upload("/api/v1/funds/" + fund + "/statements?preset=vcb-2024", "vcb.csv",
				sample("vcb-0011001932418-sample.csv"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		int read = JsonPath.read(first.body(), "$.read");
		int imported = JsonPath.read(first.body(), "$.imported");
		List<Object> rejected = JsonPath.read(first.body(), "$.rejected");
		assertThat(read).isGreaterThan(1900);
		assertThat(imported + rejected.size()).isEqualTo(read);
		long balance = balance(fund);
		long entries = entries(fund);
		assertThat(balance).isPositive().isEqualTo(lineBalance(fund));
		HttpResponse<String> again = keeper.upload("/api/v1/funds/" + fund + "/statements", "vcb.csv",
				sample("vcb-0011001932418-sample.csv"));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(again.body(), "$.imported")).isZero();
		assertThat(JsonPath.<Integer>read(again.body(), "$.duplicates")).isEqualTo(imported);
		assertThat(balance(fund)).isEqualTo(balance);
		assertThat(entries(fund)).isEqualTo(entries);
		String queue = keeper.get("/api/v1/funds/" + fund + "/unmatched?size=5").body();
		assertThat(JsonPath.<Integer>read(queue, "$.total")).isPositive();
	}

	@Test
	void rejectedRowsAreReportedAndKeptInTheImportLog() {
		long fund = fundWithAccount("agribank-2024");
		String csv = """
				PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
				1,09/09/2024,,,1375649,NGUYEN THI ANH ung ho dong bao,,"500,000","524,700",
				1,10/09/2024,,,2882370,TRAN VAN BINH ung ho,,"năm mươi","574,700",
				1,10/09/2024,,,92865150,Ung ho cac tinh bi bao lut,,"100,000","674,700",
				""";
		HttpResponse<String> done = TestHttp.basic(port, "ketoan.kontum").upload("/api/v1/funds/" + fund + "/statements", "a.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(done.body(), "$.read")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(done.body(), "$.imported")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(done.body(), "$.rejected[0].line")).isEqualTo(3);
		assertThat(JsonPath.<String>read(done.body(), "$.rejected[0].reason")).contains("số tiền");
		int importId = JsonPath.read(done.body(), "$.id");
		String log = TestHttp.basic(port, "tinh.kontum").get("/api/v1/statement-imports/" + importId).body();
		assertThat(JsonPath.<String>read(log, "$.rejected[0].rawText")).contains("TRAN VAN BINH");
		String unmatched = TestHttp.basic(port, "ketoan.kontum").get("/api/v1/funds/" + fund + "/unmatched").body();
		int lineId = JsonPath.read(unmatched, "$.items[0].id");
		HttpResponse<String> booked = TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/statement-lines/" + lineId + "/receipt",
				"{\"donorKind\":\"ORGANISATION\",\"donorName\":\"Hội Phụ nữ xã\"}");
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
		assertThat(balance(fund)).isEqualTo(600_000L);
	}

	@Test
	void aFileThatIsNotAStatementOrDoesNotFitTheMappingImportsNothing() {
		long fund = fundWithAccount("vcb-2024");
		long before = entries(fund);
		HttpResponse<String> text = TestHttp.basic(port, "ketoan.kontum").upload("/api/v1/funds/" + fund + "/statements", "x.csv",
				"Kế hoạch số 163\nkhông phải sao kê\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.statusCode()).isEqualTo(400);
		HttpResponse<String> wrong = TestHttp.basic(port, "ketoan.kontum").upload(
				"/api/v1/funds/" + fund + "/statements?preset=agribank-2024", "vcb.csv", sampleOrEmpty());
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(entries(fund)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from fund_statement_import where fund_id = :f").param("f", fund).query(Long.class).single())
			.isZero();
	}

	@Test
	void aCreditCarryingAnIssuedReferenceIsMatchedToItsDonorAndDebitsToApprovedPayments() {
		long fund = fundWithAccount("agribank-2024");
		HttpResponse<String> ref = TestHttp.anonymous(port).postJson("/api/v1/public/funds/" + fund + "/references",
				"{\"donorName\":\"Phạm Thị Hoa\",\"anonymous\":true,\"amount\":300000}");
		assertThat(ref.statusCode()).as(ref.body()).isEqualTo(200);
		String code = JsonPath.read(ref.body(), "$.reference");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		receiveAndPayByBank(fund);
		String csv = """
				PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
				1,09/09/2024,,,11,IBFT %s ung ho,,"300,000",,
				1,09/09/2024,,,12,CHUYEN TIEN HO TRO,"2,000,000",,,
				1,09/09/2024,,,13,PHI DICH VU,"11,000",,,
				""".formatted(code.substring(0, 6) + " " + code.substring(6));
		HttpResponse<String> done = keeper.upload("/api/v1/funds/" + fund + "/statements", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(jdbc.sql("select match_status from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id "
				+ "where a.fund_id = :f order by l.line_no").param("f", fund).query(String.class).list())
			.containsExactly("REFERENCE", "PAYMENT", "ALERT");
		String published = TestHttp.stateless(port).get("/api/v1/public/funds/" + fund + "/transactions?q=" + code).body();
		assertThat(JsonPath.<List<String>>read(published, "$.items[*].party")).containsExactly("Ẩn danh");
		assertThat(balance(fund)).isEqualTo(5_000_000L + 300_000L - 2_000_000L);
	}

	@Test
	void aStatementLongerThanOneBatchIsStoredAsIfItWereReadWhole() {
		long fund = fundWithAccount("agribank-2024");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		receiveAndPayByBank(fund);
		int size = StatementBatches.FIRST_SIZE;
		int count = size + 500;
		StringBuilder csv = new StringBuilder(
				"PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n");
		for (int i = 0; i < count; i++) {
			String day = i < size / 2 ? "09/09/2024" : "10/09/2024";
			if (i == 10 || i == size + 10) {
				csv.append("1,").append(day).append(",,,,CHUYEN TIEN HO TRO,\"2,000,000\",,,\n");
			}
			else if (i == size + 100) {
				csv.append("1,").append(day).append(",,,,LE THI HOA ung ho,,muoi nghin,,\n");
			}
			else {
				csv.append("1,").append(day).append(",,,,NGUYEN VAN AN ung ho,,\"10,000\",,\n");
			}
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> done = keeper.upload("/api/v1/funds/" + fund + "/statements", "dai.csv", file);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(done.body(), "$.read")).isEqualTo(count);
		assertThat(JsonPath.<Integer>read(done.body(), "$.imported")).as("identical donations are all kept").isEqualTo(count - 1);
		assertThat(JsonPath.<List<Integer>>read(done.body(), "$.rejected[*].line")).containsExactly(size + 100 + 2);
		assertThat(jdbc.sql("""
				select match_status from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id
				 where a.fund_id = :f and l.amount < 0 order by l.line_no""").param("f", fund).query(String.class).list())
			.as("one approved payment matches the first debit only, across batches").containsExactly("PAYMENT", "ALERT");
		List<Integer> vouchers = jdbc.sql("select voucher_no from fund_entry where fund_id = :f and voucher_kind = 'PT' order by voucher_no")
			.param("f", fund).query(Integer.class).list();
		assertThat(vouchers).hasSize(count - 2).last().isEqualTo(count - 2);
		assertThat(balance(fund)).isEqualTo(5_000_000L - 2_000_000L + (count - 3) * 10_000L).isEqualTo(lineBalance(fund));

		HttpResponse<String> again = keeper.upload("/api/v1/funds/" + fund + "/statements", "dai.csv", file);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(again.body(), "$.imported")).isZero();
		assertThat(JsonPath.<Integer>read(again.body(), "$.duplicates")).isEqualTo(count - 1);
		assertThat(balance(fund)).isEqualTo(5_000_000L - 2_000_000L + (count - 3) * 10_000L);
	}

	@Test
	void aDeclaredMappingIsSavedForTheAccountAndUsedNextTime() {
		long fund = fundWithAccount(null);
		String csv = "Ngày;Số tiền;Diễn giải\n05/09/2024;1.000.000;LE VAN TAM ung ho\n06/09/2024;-200.000;Phi\n";
		String mapping = "{\"name\":\"ngan-hang-xa\",\"delimiter\":\";\",\"date\":\"Ngày\",\"datePattern\":\"dd/MM/yyyy\","
				+ "\"signedAmount\":\"Số tiền\",\"description\":\"Diễn giải\"}";
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		HttpResponse<String> first = keeper.upload("/api/v1/funds/" + fund + "/statements?mapping="
				+ java.net.URLEncoder.encode(mapping, StandardCharsets.UTF_8), "x.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(first.body(), "$.imported")).isEqualTo(2);
		String more = csv + "07/09/2024;300.000;TRAN THI NGA ung ho\n";
		HttpResponse<String> second = keeper.upload("/api/v1/funds/" + fund + "/statements", "y.csv", more.getBytes(StandardCharsets.UTF_8));
		assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(second.body(), "$.imported")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(second.body(), "$.duplicates")).isEqualTo(2);
		HttpResponse<String> broken = keeper.upload("/api/v1/funds/" + fund + "/statements?mapping=%7Bnot-json", "z.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(balance(fund)).isEqualTo(1_000_000L + 300_000L);
	}

	/** Receives 5,000,000 đ in cash and approves a bank payment of 2,000,000 đ, which a statement debit can match. */
	private void receiveAndPayByBank(long fund) {
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		keeper.postJson("/api/v1/funds/" + fund + "/receipts", FundLedgerIntegrationTests.receipt("2024-09-01", 5_000_000, "Quỹ", false));
		long payment = ((Number) JsonPath.read(keeper.postJson("/api/v1/funds/" + fund + "/payments", """
				{"date":"2024-09-05","amount":2000000,"purpose":"HEALTH","channel":"BANK_TRANSFER",
				 "beneficiaryName":"A Thơm","povertyStatus":"NEAR_POOR","areaName":"Thôn 14A"}""").body(), "$.id")).longValue();
		TestHttp.basic(port, "tinh.kontum").postJson("/api/v1/fund-payments/" + payment + "/approve", "{}");
	}

	private static byte[] sampleOrEmpty() {
		try {
			return sample("vcb-0011001932418-sample.csv");
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private long balance(long fund) {
		return jdbc.sql("select balance from fund where id = :f").param("f", fund).query(Long.class).single();
	}

	private long lineBalance(long fund) {
		return jdbc.sql("select coalesce(sum(amount), 0) from fund_line where fund_id = :f and account in ('CASH','BANK','GOODS')")
			.param("f", fund).query(Long.class).single();
	}

	private long entries(long fund) {
		return jdbc.sql("select count(*) from fund_entry where fund_id = :f").param("f", fund).query(Long.class).single();
	}

}
