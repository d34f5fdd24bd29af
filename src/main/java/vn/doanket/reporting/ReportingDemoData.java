package vn.doanket.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.front.MemberOrganization;
import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * Demo results of the campaign for 2023 in Kon Tum's 102 communes, deterministic (seeded by the commune code): most
 * communes submitted on time and some were approved, some submitted late, some are still drafts, and a few (Xã Đắk
 * Pék among them, left for the demo of entering a report) have no values. Illustrative figures, not real records.
 */
@Component
@Order(20)
class ReportingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);

	static final String PERIOD = "2023";

	/** Communes without any value (the first one is the commune of the demo account xa.dakpek). */
	static final Set<String> MISSING = Set.of("23353", "23359", "23425", "23488", "23569");

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	private final Units units;

	private final IndicatorCatalog catalog;

	private final BulkValueLoader store;

	private final CellReader cells;

	private final DemoMode demo;

	ReportingDemoData(JdbcClient jdbc, Units units, IndicatorCatalog catalog, BulkValueLoader store, CellReader cells, DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.catalog = catalog;
		this.store = store;
		this.cells = cells;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from rpt_value").query(Long.class).single() > 0) {
			return;
		}
		ReportForm form = catalog.form("KQ_CVD");
		AdminUnit kontum = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		List<MemberOrganization> orgs = cells.organisations().values().stream().filter(MemberOrganization::politicalSocial).toList();
		List<ValueStore.Write> writes = new ArrayList<>();
		int communes = 0;
		for (AdminUnit commune : units.subtree(kontum)) {
			if (commune.level() != UnitLevel.COMMUNE || MISSING.contains(commune.code())) {
				continue;
			}
			communes++;
			Random random = new Random(Long.parseLong(commune.code()) * 2023L);
			Map<String, Long> v = DemoFigures.of(random, commune.type());
			for (ReportForm.Item item : form.items()) {
				Indicator indicator = item.indicator();
				if (indicator.byMemberOrg()) {
					for (MemberOrganization org : orgs) {
						long share = Math.max(0, v.getOrDefault(indicator.code(), 0L) / orgs.size() + random.nextInt(3) - 1);
						writes.add(write(indicator, commune, org.id(), share));
					}
				}
				else if (v.containsKey(indicator.code())) {
					writes.add(write(indicator, commune, 0, v.get(indicator.code())));
				}
			}
			submission(form, commune, random);
		}
		store.load(writes, "demo");
		log.info("Demo report values for {} communes of Kon Tum, {}: {} values", communes, PERIOD, writes.size());
	}

	private static ValueStore.Write write(Indicator indicator, AdminUnit unit, long orgId, long value) {
		BigDecimal number = indicator.valueType() == ValueType.PERCENT ? BigDecimal.valueOf(value, 2) : BigDecimal.valueOf(value);
		return new ValueStore.Write(new ValueStore.Key(indicator.id(), PERIOD, unit.id(), orgId), unit.path(), number, null,
				indicator.aggregation() != Aggregation.NONE);
	}

	/** 60 % submitted on time (half of them approved), 20 % late, the rest drafts; deadline 20/01/2024. */
	private void submission(ReportForm form, AdminUnit commune, Random random) {
		int draw = random.nextInt(100);
		if (draw >= 80) {
			return;
		}
		boolean late = draw >= 60;
		LocalDateTime submitted = late ? LocalDateTime.of(2024, 1, 22, 9, 0).plusDays(random.nextInt(15))
				: LocalDateTime.of(2024, 1, 5 + random.nextInt(15), 14, 30);
		boolean approved = !late && draw < 30 || late && draw < 65;
		jdbc.sql("""
				insert into rpt_submission (form_id, unit_id, period, status, submitted_at, submitted_by, decided_at, decided_by)
				values (:f, :u, :p, :s, :at, 'demo', :dat, :dby)""")
			.param("f", form.id()).param("u", commune.id()).param("p", PERIOD)
			.param("s", approved ? "APPROVED" : "SUBMITTED")
			.param("at", java.sql.Timestamp.from(submitted.atZone(ZONE).toInstant()))
			.param("dat", approved ? java.sql.Timestamp.from(submitted.plusDays(3).atZone(ZONE).toInstant()) : null)
			.param("dby", approved ? "demo" : null)
			.update();
	}

}
