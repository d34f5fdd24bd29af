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
 * National-scale benchmark (see docs/benchmarks.md): deterministic synthetic values for the real 2023 communes and 6–10
 * synthetic residential areas in each, {@code benchmark.indicators} indicators and 8 quarters (2021–2022), then, in one run, our figure beside a baseline
 * measured the same way: bulk import vs PostgreSQL COPY of the same rows into a table of the same shape; national
 * roll-up latency through the API vs the naive GROUP BY over raw values joined to the hierarchy; freshness from a
 * save to the national total. {@code benchmark.scale} (0–1] takes every n-th commune.
 */
@IntegrationTest
@Tag("benchmark")
class ReportingBenchmark {

	static final long SEED = 20231118L;

	static final int CHUNK = 200_000;

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
		int chunk = Integer.getInteger("benchmark.chunk", CHUNK);
		List<Long> indicators = indicators(indicatorCount);
		List<Long> communes = communes(scale);
		long[][] areas = areas(communes);
		List<String> quarters = List.of("2021Q1", "2021Q2", "2021Q3", "2021Q4", "2022Q1", "2022Q2", "2022Q3", "2022Q4");
		int areaCount = java.util.Arrays.stream(areas).mapToInt(a -> a.length).sum();
		System.gc();

		double ourSeconds = 0;
		long values = 0;
		SyntheticValues ourRows = new SyntheticValues(communes, areas, indicators, quarters);
		while (ourRows.hasNext()) {
			List<ValueStore.Write> rows = ourRows.writes(chunk);
			long start = System.nanoTime();
			values += transactions.execute(tx -> loader.load(rows, "benchmark"));
			ourSeconds += (System.nanoTime() - start) / 1e9;
		}
		double copySeconds = copyBaseline(new SyntheticValues(communes, areas, indicators, quarters), chunk);
		jdbc.sql("analyze rpt_value").update();
		jdbc.sql("analyze rpt_aggregate").update();

		TestHttp admin = TestHttp.session(port, "admin");
		String rollup = "/api/v1/analytics?indicator=BM_01&period=2022&level=province";
		List<Double> ours = time(30, () -> assertThat(admin.get(rollup).statusCode()).isEqualTo(200), 5);
		List<Double> service = serviceLatency(indicators.get(0));
		String communeCode = jdbc.sql("select code from unit where id = :id").param("id", communes.get(0)).query(String.class).single();
		String areaRollup = "/api/v1/analytics?indicator=BM_01&period=2022&level=area&parent=" + communeCode;
		List<Double> areaLevel = time(30, () -> assertThat(admin.get(areaRollup).statusCode()).isEqualTo(200), 5);
		if (Boolean.getBoolean("benchmark.explain")) {
			explain(indicators.get(0));
		}
		List<Double> naive = time(10, () -> jdbc.sql(NAIVE).param("i", indicators.get(0)).param("p", quarters.subList(4, 8))
			.query((rs, n) -> rs.getBigDecimal(2)).list(), 2);
		BigDecimal ourTotal = total(admin.get(rollup).body());
		BigDecimal naiveTotal = jdbc.sql(NAIVE).param("i", indicators.get(0)).param("p", quarters.subList(4, 8))
			.query((rs, n) -> rs.getBigDecimal(2)).list().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(ourTotal).isEqualByComparingTo(naiveTotal);

		List<Double> freshness = freshness(admin, communes, areas);

		String report = String.format(Locale.ROOT, """

				=== Reporting benchmark (scale %.3f: %,d communes + %,d residential areas x %d indicators x %d quarters = %,d values) ===
				bulk import (COPY to staging + insert + aggregates): %8.1f s  %,10.0f values/s
				baseline PostgreSQL COPY of the same rows:         %8.1f s  %,10.0f values/s
				national roll-up via API, p50 / p95:  %8.1f / %8.1f ms
				national roll-up in process (Analytics.totals), p50 / p95: %8.1f / %8.1f ms
				naive GROUP BY over raw values, p50 / p95: %8.1f / %8.1f ms   (our p95 / naive p95 = %.3f)
				residential areas of one commune via API, p50 / p95: %8.1f / %8.1f ms
				freshness save (area value) -> national total, p50 / max: %8.1f / %8.1f ms
				national total checked equal to the naive query: %s
				""", scale, communes.size(), areaCount, indicators.size(), quarters.size(), values, ourSeconds, values / ourSeconds,
				copySeconds, values / copySeconds, pct(ours, 50), pct(ours, 95), pct(service, 50), pct(service, 95), pct(naive, 50),
				pct(naive, 95), pct(ours, 95) / pct(naive, 95), pct(areaLevel, 50), pct(areaLevel, 95), pct(freshness, 50),
				pct(freshness, 100), ourTotal.toPlainString());
		System.out.println(report);
	}

	/**
	 * The synthetic values in a fixed order (commune, then its own values and each of its areas', indicator, quarter),
	 * integers 0–499 from one seeded generator, produced chunk by chunk so that tens of millions of rows never sit in
	 * memory at once.
	 */
	static final class SyntheticValues {

		private final List<Long> communes;

		private final long[][] areas;

		private final List<Long> indicators;

		private final List<String> quarters;

		private final Random random = new Random(SEED);

		private int commune;

		private int unit;

		private int indicator;

		private int quarter;

		SyntheticValues(List<Long> communes, long[][] areas, List<Long> indicators, List<String> quarters) {
			this.communes = communes;
			this.areas = areas;
			this.indicators = indicators;
			this.quarters = quarters;
		}

		boolean hasNext() {
			return commune < communes.size();
		}

		/** Up to {@code max} values to load. */
		List<ValueStore.Write> writes(int max) {
			List<ValueStore.Write> writes = new ArrayList<>(max);
			for (int n = 0; n < max && hasNext(); n++) {
				long area = unit == 0 ? 0 : areas[commune][unit - 1];
				writes.add(new ValueStore.Write(new ValueStore.Key(indicators.get(indicator), quarters.get(quarter), communes.get(commune), area, 0),
						"", BigDecimal.valueOf(random.nextInt(500)), null, true));
				advance();
			}
			return writes;
		}

		/** Up to {@code max} rows as CSV in the columns of {@code rpt_value}. */
		String csv(int max) {
			StringBuilder csv = new StringBuilder(max * 48);
			for (int n = 0; n < max && hasNext(); n++) {
				long area = unit == 0 ? 0 : areas[commune][unit - 1];
				csv.append(indicators.get(indicator)).append(',').append(quarters.get(quarter)).append(',').append(communes.get(commune))
					.append(',').append(area).append(",0,").append(random.nextInt(500)).append(",,2024-01-01,benchmark\n");
				advance();
			}
			return csv.toString();
		}

		private void advance() {
			if (++quarter == quarters.size()) {
				quarter = 0;
				if (++indicator == indicators.size()) {
					indicator = 0;
					if (++unit > areas[commune].length) {
						unit = 0;
						commune++;
					}
				}
			}
		}

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
		List<Long> provinces = jdbc.sql("select id from unit where level = 'province' and catalog = '2023' order by id").query(Long.class).list();
		String ids = provinces.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
		List<String> candidates = PeriodValues.candidates(Period.wholeYear(2022));
		jdbc.sql("explain (analyze, buffers) " + AnalyticsRepository.ROLLUP).param("p", String.join(",", candidates)).param("i", indicatorId)
			.param("u", ids).param("o", 0).query(String.class).list().forEach(System.out::println);
		long commune = jdbc.sql("select min(unit_id) from rpt_value where area_id <> 0").query(Long.class).single();
		jdbc.sql("""
				explain (analyze, buffers) select indicator_id, member_org_id, num_value, text_value from rpt_value
				where indicator_id = any(array(select id from rpt_indicator)) and period = '2022Q1' and unit_id = :u and area_id = 0""")
			.param("u", commune).query(String.class).list().forEach(System.out::println);
		System.out.println("indicator lookup ms: " + pct(time(20, () -> catalog.indicator("BM_01"), 3), 50));
		System.out.println("roll-up query ms: " + pct(time(20, () -> analyticsRepository.rollup(indicatorId, candidates, ids, 0), 3), 50));
		System.out.println("units at level ms: " + pct(time(20, () -> unitsApi.atLevel(vn.doanket.units.UnitLevel.PROVINCE,
				java.time.LocalDate.of(2022, 12, 31), null, 0, 20000), 3), 50));
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

	private List<Long> communes(double scale) {
		int step = Math.max(1, (int) Math.round(1 / scale));
		List<Long> all = jdbc.sql("select id from unit where catalog = '2023' and level = 'commune' order by id").query(Long.class).list();
		List<Long> picked = new ArrayList<>();
		for (int i = 0; i < all.size(); i += step) {
			picked.add(all.get(i));
		}
		return picked;
	}

	/** 6 to 10 synthetic residential areas per commune (8 on average, from the seed); their ids per commune. */
	private long[][] areas(List<Long> communes) {
		Random random = new Random(SEED + 1);
		StringBuilder ids = new StringBuilder();
		StringBuilder counts = new StringBuilder();
		for (Long commune : communes) {
			ids.append(ids.isEmpty() ? "" : ",").append(commune);
			counts.append(counts.isEmpty() ? "" : ",").append(6 + random.nextInt(5));
		}
		jdbc.sql("""
				insert into residential_area (commune_id, name, type, households, population)
				select x.c, 'Khu BM ' || g, 'THON', 100 + g, 400 + g
				from unnest(string_to_array(:ids, ',')::bigint[], string_to_array(:counts, ',')::int[]) as x(c, n),
				     generate_series(1, x.n) as g""")
			.param("ids", ids.toString()).param("counts", counts.toString()).update();
		java.util.Map<Long, List<Long>> byCommune = new java.util.HashMap<>();
		jdbc.sql("select commune_id, id from residential_area where name like 'Khu BM %' order by commune_id, id")
			.query(rs -> {
				byCommune.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		long[][] result = new long[communes.size()][];
		for (int i = 0; i < communes.size(); i++) {
			result[i] = byCommune.getOrDefault(communes.get(i), List.of()).stream().mapToLong(Long::longValue).toArray();
		}
		return result;
	}

	/** COPY of the same rows, chunk by chunk in the same chunks, into a table of the shape and indexes of rpt_value. */
	private double copyBaseline(SyntheticValues rows, int chunk) {
		jdbc.sql("drop table if exists bm_copy_baseline").update();
		jdbc.sql("create table bm_copy_baseline (like rpt_value including defaults including indexes)").update();
		double seconds = 0;
		while (rows.hasNext()) {
			String csv = rows.csv(chunk);
			long start = System.nanoTime();
			transactions.executeWithoutResult(tx -> template.execute((ConnectionCallback<Long>) con -> {
				try {
					return con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bm_copy_baseline (indicator_id, period, unit_id, "
							+ "area_id, member_org_id, num_value, text_value, updated_at, updated_by) from stdin (format csv)",
							new StringReader(csv));
				}
				catch (java.io.IOException ex) {
					throw new IllegalStateException(ex);
				}
			}));
			seconds += (System.nanoTime() - start) / 1e9;
		}
		jdbc.sql("drop table bm_copy_baseline").update();
		return seconds;
	}

	/** Saves of one residential area's value each through the API, until the national total shows it. */
	private List<Double> freshness(TestHttp admin, List<Long> communes, long[][] areas) {
		TestHttp writer = TestHttp.basic(port, "admin");
		String national = "/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2022&level=province";
		List<Double> samples = new ArrayList<>();
		for (int i = 0; i < Math.min(10, communes.size()); i++) {
			String code = jdbc.sql("select code from unit where id = :id").param("id", communes.get(i)).query(String.class).single();
			BigDecimal before = total(admin.get(national).body());
			long start = System.nanoTime();
			HttpResponse<String> saved = writer.postJson("/api/v1/data-values", "{\"form\":\"KQ_CVD\",\"values\":[{\"unit\":\"" + code
					+ "\",\"area\":\"" + areas[i][0] + "\",\"period\":\"2022\",\"indicator\":\"HO_THOAT_NGHEO\",\"value\":\"5\"}]}");
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
