package vn.doanket.fund;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fund's performance targets, run on demand (see docs/benchmarks.md): a 200,000-row Vietcombank-layout statement
 * imported and matched through the API, beside a plain COPY of the same rows; and the public search over 1,000,000
 * transactions, beside a naive ILIKE scan. Figures are printed and written to target/benchmarks/fund.txt.
 */
@IntegrationTest
@Tag("benchmark")
class FundBenchmarks {

	static final String[] FAMILY = { "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG", "BUI", "DO",
			"HO", "NGO", "DUONG", "LY" };

	static final String[] MIDDLE = { "VAN", "THI", "DUC", "MINH", "HUU", "NGOC", "THANH", "QUANG", "XUAN", "KIM" };

	static final String[] GIVEN = { "AN", "ANH", "BINH", "CHAU", "DUNG", "GIANG", "HA", "HAI", "HANH", "HOA", "HUNG", "HUONG",
			"KHANH", "LAN", "LINH", "LONG", "MAI", "NAM", "NGA", "PHUONG", "QUAN", "SON", "TAM", "THAO", "THU", "TRANG", "TUAN",
			"VIET", "YEN" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final List<String> report = new ArrayList<>() {

		@Override
		public boolean add(String line) {
			System.out.println("BENCHMARK " + line);
			return super.add(line);
		}

	};

	@Test
	void statementOf200000RowsBesideCopy() throws Exception {
		importBenchmark();
		write("fund-import.txt");
	}

	@Test
	void publicSearchOver1000000TransactionsBesideIlike() throws Exception {
		searchBenchmark();
		write("fund-search.txt");
	}

	private void write(String name) throws IOException {
		Path out = Path.of("target/benchmarks", name);
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	private void importBenchmark() throws Exception {
		byte[] csv = null;
		for (String run : List.of("first import after start (cold JVM)", "second import (warm JVM)")) {
			csv = importOnce(run);
		}
		long copyMs;
		try (Connection con = dataSource.getConnection()) {
			con.createStatement().execute("create temp table copy_bench (page text, tnx_date text, doc_no text, debit text, "
					+ "credit text, balance text, details text)");
			long copyStart = System.nanoTime();
			con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy copy_bench from stdin with (format csv, header true)",
					new ByteArrayInputStream(csv));
			copyMs = (System.nanoTime() - copyStart) / 1_000_000;
			con.createStatement().execute("drop table copy_bench");
		}
		report.add("plain COPY of the same file into a bare 7-column text table: " + copyMs + " ms");
	}

	/** Imports a new 200,000-row statement into a new fund's account and reports the time; returns the file. */
	private byte[] importOnce(String run) throws Exception {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Benchmark sao kê");
		TestHttp keeper = TestHttp.basic(port, "ketoan.kontum");
		keeper.postJson("/api/v1/funds/" + fund + "/accounts",
				"{\"bankName\":\"Vietcombank\",\"bin\":\"970436\",\"accountNumber\":\"9" + System.nanoTime() % 100_000_000L
						+ "\",\"holderName\":\"MTTQ\",\"mappingName\":\"vcb-2024\"}");
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			codes.add(JsonPath.read(keeper.postJson("/api/v1/public/funds/" + fund + "/references", "{\"donorName\":\"Người " + i + "\"}")
				.body(), "$.reference"));
		}
		byte[] csv = statement(200_000, codes);
		double load = loadAverage();
		long jvmCpu = jvmCpuMs();
		long dbCpu = databaseCpuMs();
		long start = System.nanoTime();
		HttpResponse<String> done = keeper.upload("/api/v1/funds/" + fund + "/statements", "vcb-200k.csv", csv);
		long importMs = (System.nanoTime() - start) / 1_000_000;
		long importJvmCpu = jvmCpuMs() - jvmCpu;
		long importDbCpu = databaseCpuMs() - dbCpu;
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		int imported = JsonPath.read(done.body(), "$.imported");
		long matched = jdbc.sql("""
				select count(*) from fund_statement_line l join fund_bank_account a on a.id = l.bank_account_id
				 where a.fund_id = :f and l.entry_id is not null""").param("f", fund).query(Long.class).single();
		report.add("statement import, " + run + ": 200000 rows (" + csv.length / 1024 / 1024 + " MB) read, imported " + imported
				+ ", matched and posted " + matched + " in " + importMs + " ms through POST /api/v1/funds/{id}/statements");
		report.add("  CPU time during the import: application JVM " + importJvmCpu + " ms, PostgreSQL " + importDbCpu
				+ " ms; load average before the import " + load);
		assertThat(imported).isEqualTo(200_000);
		assertThat(matched).isEqualTo(180_000);
		return csv;
	}

	static byte[] statement(int rows, List<String> codes) {
		Random random = new Random(17);
		StringBuilder csv = new StringBuilder("PageId,TNXDate,DocNo,Debit,Credit,Balance,TransactionDetails\n");
		for (int i = 0; i < rows; i++) {
			String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
					+ GIVEN[random.nextInt(GIVEN.length)];
			int amount = (1 + random.nextInt(200)) * 10_000;
			String details = switch (i % 20) {
				case 0 -> "IBFT " + codes.get(random.nextInt(codes.size())) + " ung ho";
				case 1, 2 -> random.nextInt(999_999) + ".0" + (1 + i % 9) + "0924." + random.nextInt(999_999) + ".ung ho dong bao";
				default -> "MBVCB." + (6_000_000_000L + i) + "." + name + " chuyen tien.CT tu 0101" + (1_000_000 + i) + " " + name
						+ " toi 0011001932418 MAT TRAN TO QUOC VN - BAN CUU TRO TW";
			};
			csv.append(1 + i / 16).append(",0").append(1 + i % 9).append("/09/2024,").append(5000 + i % 3000).append('.')
				.append(i).append(",,").append(String.format("%,d", amount).replace(',', '.')).append(",,").append(details).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void searchBenchmark() {
		long fund = FundLedgerIntegrationTests.newFund(jdbc, "Benchmark tìm kiếm");
		long start = System.nanoTime();
		jdbc.sql("""
				insert into fund_entry (fund_id, kind, entry_date, amount, direction, description, party_name, party_public,
				    donor_kind, channel, reference_code, voucher_kind, voucher_year, voucher_no, public_description,
				    search_words, created_by)
				select :f, 'RECEIPT', date '2024-01-01' + (g % 366), a.amount, 1, 'Ủng hộ đồng bào bão lũ', p.name, p.name,
				       'INDIVIDUAL', 'BANK_TRANSFER', 'DK' || upper(substr(md5(g::text), 1, 10)), 'PT', 2024, g, 'Ủng hộ đồng bào bão lũ',
				       fund_search_words(p.name || ' DK' || upper(substr(md5(g::text), 1, 10)) || ' PT-2024/' || lpad(g::text, 4, '0')),
				       'benchmark'
				  from generate_series(1, 1000000) g
				  cross join lateral (select ((g::bigint * 7919) % 200 + 1) * 10000 as amount) a
				  cross join lateral (select (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + g % 16]
				       || ' ' || (array['Văn','Thị','Đức','Minh','Hữu','Ngọc','Thành','Quang','Xuân','Kim'])[1 + (g / 16) % 10]
				       || ' ' || (array['An','Ánh','Bình','Châu','Dũng','Giang','Hà','Hải','Hạnh','Hoa','Hùng','Hương','Khánh','Lan','Linh',
				          'Long','Mai','Nam','Nga','Phương','Quân','Sơn','Tâm','Thảo','Thu','Trang','Tuấn','Việt','Yến'])[1 + (g / 160) % 29]
				       || case when g % 997 = 0 then ' ' || g else '' end as name) p""")
			.param("f", fund)
			.update();
		jdbc.sql("analyze fund_entry").update();
		report.add("loaded 1000000 published transactions in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		String reference = jdbc.sql("select reference_code from fund_entry where fund_id = :f and voucher_no = 123457")
			.param("f", fund).query(String.class).single();
		List<String> queries = List.of("nguyen thi anh", "tran van hung", "le minh thu", "1.500.000", "17/10/2024", reference,
				"pham ngoc yen", "hoang duc long", "do kim mai", "vo quang tam");
		TestHttp visitor = TestHttp.stateless(port);
		double[] api = new double[queries.size() * 10];
		double[] ilike = new double[queries.size() * 10];
		int n = 0;
		for (int round = 0; round < 11; round++) {
			for (String q : queries) {
				long t0 = System.nanoTime();
				HttpResponse<String> r = visitor.get("/api/v1/public/funds/" + fund + "/transactions?size=50&q="
						+ URLEncoder.encode(q, StandardCharsets.UTF_8));
				long t1 = System.nanoTime();
				jdbc.sql("select count(*) from fund_entry where fund_id = :f and (party_name ilike :p or description ilike :p or "
						+ "amount::text ilike :p or reference_code ilike :p)").param("f", fund).param("p", "%" + q + "%").query(Long.class).single();
				long t2 = System.nanoTime();
				assertThat(r.statusCode()).isEqualTo(200);
				if (round > 0) {
					api[n] = (t1 - t0) / 1e6;
					ilike[n] = (t2 - t1) / 1e6;
					n++;
				}
				if (round == 1) {
					report.add("  q=\"" + q + "\": total " + JsonPath.read(r.body(), "$.total") + ", " + String.format("%.1f", api[n - 1])
							+ " ms");
				}
			}
		}
		report.add(String.format("public search API over 1000000 transactions (HTTP, count + first page of 50): p50 %.1f ms, p95 %.1f ms, max %.1f ms",
				percentile(api, 50), percentile(api, 95), percentile(api, 100)));
		report.add("  load average at the end " + loadAverage());
		report.add(String.format("naive ILIKE '%%...%%' count over the same rows (no folding, so it misses unaccented typing): p50 %.1f ms, p95 %.1f ms",
				percentile(ilike, 50), percentile(ilike, 95)));
	}

	/** CPU time of this JVM (the application and the test run in it), -1 where the platform does not tell. */
	static long jvmCpuMs() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1_000_000;
		}
		return -1;
	}

	/**
	 * CPU time of the embedded PostgreSQL server (the postmaster and its children) read from /proc, so that a figure
	 * can be told apart from the load of other work on a shared machine; -1 where /proc is not there.
	 */
	long databaseCpuMs() {
		try {
			long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
			long postmaster = Long.parseLong(stat(backend)[3]);
			long ticks = 0;
			try (var processes = Files.list(Path.of("/proc"))) {
				for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
					try {
						long pid = Long.parseLong(process.getFileName().toString());
						String[] fields = stat(pid);
						if (pid == postmaster || Long.parseLong(fields[3]) == postmaster) {
							ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
						}
					}
					catch (IOException | RuntimeException gone) {
						// the process ended meanwhile
					}
				}
			}
			return ticks * 10;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The fields of /proc/PID/stat: index i holds field i + 1 of proc(5) (3 the parent, 13 and 14 user and system ticks). */
	private static String[] stat(long pid) throws IOException {
		String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
		String[] fields = new String[rest.length + 2];
		System.arraycopy(rest, 0, fields, 2, rest.length);
		return fields;
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

}
