package vn.doanket.reporting;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * National-scale benchmark (see docs/benchmarks.md): deterministic synthetic values for the real 2023 communes,
 * {@code benchmark.indicators} indicators and 8 quarters (2021–2022), then, in one run, our figure beside a baseline
 * measured the same way: bulk import vs PostgreSQL COPY of the same rows into a table of the same shape; national
 * roll-up latency through the API vs the naive GROUP BY over raw values joined to the hierarchy; freshness from a
 * save to the national total. {@code benchmark.scale} (0–1] takes every n-th commune.
 */
@IntegrationTest
@Tag("benchmark")
class ReportingBenchmark {

	static final long SEED = 20231118L;

	static final int CHUNK = 100_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	BulkValueLoader loader;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void importRollUpAndFreshnessBesideTheirBaselines() {
		double scale = Double.parseDouble(System.getProperty("benchmark.scale", "0.1"));
		int indicatorCount = Integer.getInteger("benchmark.indicators", 30);
		List<Long> indicators = indicators(indicatorCount);
		List<long[]> communes = communes(scale);
		List<String> quarters = List.of("2021Q1", "2021Q2", "2021Q3", "2021Q4", "2022Q1", "2022Q2", "2022Q3", "2022Q4");
		List<ValueStore.Write> writes = generate(communes, indicators, quarters);
		System.gc();

		long start = System.nanoTime();
		for (int i = 0; i < writes.size(); i += CHUNK) {
			List<ValueStore.Write> chunk = writes.subList(i, Math.min(writes.size(), i + CHUNK));
			transactions.executeWithoutResult(tx -> loader.load(chunk, "benchmark"));
		}
		double ourSeconds = (System.nanoTime() - start) / 1e9;
		double copySeconds = copyBaseline(writes);
		jdbc.sql("analyze rpt_value").update();
		jdbc.sql("analyze rpt_aggregate").update();

		TestHttp admin = TestHttp.session(port, "admin");
		String rollup = "/api/v1/analytics?indicator=BM_01&period=2022&level=province";
		List<Double> ours = time(30, () -> assertThat(admin.get(rollup).statusCode()).isEqualTo(200), 5);
		List<Double> service = serviceLatency(indicators.get(0));
		if (Boolean.getBoolean("benchmark.explain")) {
			explain(indicators.get(0));
		}
		List<Double> naive = time(10, () -> jdbc.sql(NAIVE).param("i", indicators.get(0)).param("p", quarters.subList(4, 8))
			.query((rs, n) -> rs.getBigDecimal(2)).list(), 2);
		BigDecimal ourTotal = total(admin.get(rollup).body());
		BigDecimal naiveTotal = jdbc.sql(NAIVE).param("i", indicators.get(0)).param("p", quarters.subList(4, 8))
			.query((rs, n) -> rs.getBigDecimal(2)).list().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(ourTotal).isEqualByComparingTo(naiveTotal);

		List<Double> freshness = freshness(admin, communes);

		String report = String.format(Locale.ROOT, """

				=== Reporting benchmark (scale %.3f: %d communes x %d indicators x %d quarters = %,d values) ===
				bulk import (COPY to staging + upsert + aggregates): %8.1f s  %,10.0f values/s
				baseline PostgreSQL COPY of the same rows:         %8.1f s  %,10.0f values/s
				national roll-up via API, p50 / p95:  %8.1f / %8.1f ms
				national roll-up in process (Analytics.totals), p50 / p95: %8.1f / %8.1f ms
				naive GROUP BY over raw values, p50 / p95: %8.1f / %8.1f ms   (our p95 / naive p95 = %.3f)
				freshness save -> national total, p50 / max: %8.1f / %8.1f ms
				national total checked equal to the naive query: %s
				""", scale, communes.size(), indicators.size(), quarters.size(), writes.size(), ourSeconds, writes.size() / ourSeconds,
				copySeconds, writes.size() / copySeconds, pct(ours, 50), pct(ours, 95), pct(service, 50), pct(service, 95), pct(naive, 50), pct(naive, 95),
				pct(ours, 95) / pct(naive, 95), pct(freshness, 50), pct(freshness, 100), ourTotal.toPlainString());
		System.out.println(report);
	}

	static final String NAIVE = """
			select p.code, sum(v.num_value)
			from rpt_value v
			join unit c on c.id = v.unit_id
			join unit p on p.id = split_part(c.path, '/', 2)::bigint
			where v.indicator_id = :i and v.period in (:p)
			group by p.code""";

	@Autowired
	Analytics analytics;

	@Autowired
	AnalyticsRepository analyticsRepository;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	vn.doanket.units.Units unitsApi;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	private List<Double> serviceLatency(long indicatorId) {
		var details = users.loadUserByUsername("admin");
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(details, null,
				details.getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return time(30, () -> analytics.totals("BM_01", "2022", "province", null, null, null), 5);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private void explain(long indicatorId) {
		List<Long> provinces = jdbc.sql("select id from unit where level = 'province' and catalog = '2023'").query(Long.class).list();
		List<String> periods = List.of("2022Q1", "2022Q2", "2022Q3", "2022Q4");
		for (String sql : List.of(
				"select unit_id, period, total, reported from rpt_aggregate where indicator_id = :i and period in (:p) and unit_id in (:u) and member_org_id = 0 and reported > 0",
				"select u.parent_id, a.period, u.id from unit u join rpt_aggregate a on a.unit_id = u.id and a.indicator_id = :i and a.period in (:p) and a.member_org_id = 0 and a.reported > 0 where u.parent_id in (:u)")) {
			jdbc.sql("explain (analyze, buffers) " + sql).param("i", indicatorId).param("p", periods).param("u", provinces)
				.query(String.class).list().forEach(System.out::println);
		}
		List<Long> children = jdbc.sql("select id from unit where parent_id in (:u)").param("u", provinces).query(Long.class).list();
		System.out.println("indicator lookup ms: " + pct(time(20, () -> catalog.indicator("BM_01"), 3), 50));
		System.out.println("units at level ms: " + pct(time(20, () -> unitsApi.atLevel(vn.doanket.units.UnitLevel.PROVINCE,
				java.time.LocalDate.of(2022, 12, 31), null, 0, 20000), 3), 50));
		System.out.println("aggregates ms: " + pct(time(20, () -> analyticsRepository.aggregates(indicatorId, periods, provinces, 0), 3), 50));
		System.out.println("children ms: " + pct(time(20, () -> analyticsRepository.childrenWithData(indicatorId, periods, provinces, 0), 3), 50));
		System.out.println("child counts ms: " + pct(time(20, () -> analyticsRepository.childCounts(provinces), 3), 50));
		System.out.println("periods ms: " + pct(time(20, () -> analyticsRepository.periodsWithData(indicatorId,
				PeriodValues.candidates(Period.wholeYear(2022))), 3), 50));
		System.out.println("children count " + children.size());
		long start = System.nanoTime();
		jdbc.sql("select count(*) from unit u where u.level = 'province' and (u.valid_from is null or u.valid_from <= :at) and (u.valid_to is null or u.valid_to >= :at) and u.path like '/%'")
			.param("at", java.time.LocalDate.of(2022, 12, 31)).query(Long.class).single();
		System.out.println("count at level: " + (System.nanoTime() - start) / 1e6 + " ms");
	}

	private List<Long> indicators(int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String code = String.format(Locale.ROOT, "BM_%02d", i);
			ids.add(jdbc.sql("""
					insert into rpt_indicator (code, name_vi, name_en, value_type, aggregation, sort_order)
					values (:c, :c, :c, 'INTEGER', 'SUM', 1000) on conflict (code) do update set sort_order = 1000 returning id""")
				.param("c", code).query(Long.class).single());
		}
		return ids;
	}

	private List<long[]> communes(double scale) {
		int step = Math.max(1, (int) Math.round(1 / scale));
		List<long[]> all = jdbc.sql("select id from unit where catalog = '2023' and level = 'commune' order by id")
			.query((rs, n) -> new long[] { rs.getLong(1) }).list();
		List<long[]> picked = new ArrayList<>();
		for (int i = 0; i < all.size(); i += step) {
			picked.add(all.get(i));
		}
		return picked;
	}

	private List<ValueStore.Write> generate(List<long[]> communes, List<Long> indicators, List<String> quarters) {
		Random random = new Random(SEED);
		List<ValueStore.Write> writes = new ArrayList<>(communes.size() * indicators.size() * quarters.size());
		for (long[] commune : communes) {
			for (Long indicator : indicators) {
				for (String quarter : quarters) {
					writes.add(new ValueStore.Write(new ValueStore.Key(indicator, quarter, commune[0], 0), "", BigDecimal.valueOf(random.nextInt(500)),
							null, true));
				}
			}
		}
		return writes;
	}

	private double copyBaseline(List<ValueStore.Write> writes) {
		jdbc.sql("drop table if exists bm_copy_baseline").update();
		jdbc.sql("create table bm_copy_baseline (like rpt_value including defaults including indexes)").update();
		StringBuilder csv = new StringBuilder(writes.size() * 32);
		for (ValueStore.Write w : writes) {
			csv.append(w.key().indicatorId()).append(',').append(w.key().period()).append(',').append(w.key().unitId()).append(",0,")
				.append(w.number().toPlainString()).append(",,2024-01-01,benchmark\n");
		}
		String rows = csv.toString();
		long start = System.nanoTime();
		transactions.executeWithoutResult(tx -> template.execute((ConnectionCallback<Long>) con -> {
			try {
				return con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bm_copy_baseline (indicator_id, period, unit_id, "
						+ "member_org_id, num_value, text_value, updated_at, updated_by) from stdin (format csv)", new StringReader(rows));
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}));
		double seconds = (System.nanoTime() - start) / 1e9;
		jdbc.sql("drop table bm_copy_baseline").update();
		return seconds;
	}

	private List<Double> freshness(TestHttp admin, List<long[]> communes) {
		TestHttp writer = TestHttp.basic(port, "admin");
		String national = "/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2022&level=province";
		List<String> codes = jdbc.sql("select code from unit where id in (:ids) order by id").param("ids",
				communes.subList(0, Math.min(10, communes.size())).stream().map(c -> c[0]).toList()).query(String.class).list();
		List<Double> samples = new ArrayList<>();
		for (String code : codes) {
			BigDecimal before = total(admin.get(national).body());
			long start = System.nanoTime();
			HttpResponse<String> saved = writer.postJson("/api/v1/data-values", "{\"form\":\"KQ_CVD\",\"values\":[{\"unit\":\"" + code
					+ "\",\"period\":\"2022\",\"indicator\":\"HO_THOAT_NGHEO\",\"value\":\"5\"}]}");
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
			while (total(admin.get(national).body()).compareTo(before.add(BigDecimal.valueOf(5))) != 0) {
				assertThat(System.nanoTime() - start).as("visible within 10 s").isLessThan(10_000_000_000L);
			}
			samples.add((System.nanoTime() - start) / 1e6);
		}
		return samples;
	}

	private static BigDecimal total(String body) {
		List<Object> values = JsonPath.read(body, "$.rows[*].value");
		return values.stream().filter(v -> v != null).map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static List<Double> time(int runs, Runnable action, int warmups) {
		for (int i = 0; i < warmups; i++) {
			action.run();
		}
		List<Double> samples = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			action.run();
			samples.add((System.nanoTime() - start) / 1e6);
		}
		return samples;
	}

	private static double pct(List<Double> samples, int percentile) {
		List<Double> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
