package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregates kept up to date by every write equal a full recomputation from the raw values (the naive GROUP BY
 * over the hierarchy), after demo data, API writes of other tests, and bulk loads that insert and then change values.
 */
@IntegrationTest
class AggregateConsistencyIntegrationTests {

	static final String DIFFERENCES = """
			with naive as (
			    select v.indicator_id, v.period, a.id as unit_id, m.org as member_org_id, sum(v.num_value) as total,
			           count(v.num_value) as reported
			    from rpt_value v
			    join rpt_indicator i on i.id = v.indicator_id and i.aggregation <> 'NONE'
			    join unit u on u.id = v.unit_id
			    cross join lateral unnest(string_to_array(trim(both '/' from u.path), '/')::bigint[]) as a(id)
			    cross join lateral (select 0::bigint as org union all select v.member_org_id where v.member_org_id <> 0) as m
			    where v.num_value is not null
			    group by 1, 2, 3, 4)
			select count(*) from naive n
			full join (select * from rpt_aggregate where reported <> 0 or total <> 0) g
			  using (indicator_id, period, unit_id, member_org_id)
			where n.total is distinct from g.total or n.reported is distinct from g.reported""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BulkValueLoader loader;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	Units units;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void bulkLoadsKeepTheAggregatesEqualToARecomputation() {
		AdminUnit a = units.byCode("23362", Units.REFORM_EVE).orElseThrow();
		AdminUnit b = units.byCode("23365", Units.REFORM_EVE).orElseThrow();
		Indicator trainings = catalog.indicator("TAP_HUAN_HOI_NGHI").orElseThrow();
		Indicator sessions = catalog.indicator("TUYEN_TRUYEN_BUOI").orElseThrow();
		long orgId = jdbc.sql("select id from member_organization where code = 'HCCB'").query(Long.class).single();
		TestHttp province = TestHttp.basic(port, "tinh.kontum");
		BigDecimal before = ReportingApiIntegrationTests.value(province, "TAP_HUAN_HOI_NGHI", "2015", "district", "62", "610");

		transactions.executeWithoutResult(tx -> loader.load(List.of(
				write(trainings, a, 0, 3), write(trainings, b, 0, 4), write(sessions, a, orgId, 9)), "test"));
		assertThat(ReportingApiIntegrationTests.value(province, "TAP_HUAN_HOI_NGHI", "2015", "district", "62", "610"))
			.isEqualByComparingTo(before.add(BigDecimal.valueOf(7)));

		transactions.executeWithoutResult(tx -> loader.load(List.of(write(trainings, a, 0, 10)), "test"));
		assertThat(ReportingApiIntegrationTests.value(province, "TAP_HUAN_HOI_NGHI", "2015", "district", "62", "610"))
			.isEqualByComparingTo(before.add(BigDecimal.valueOf(14)));
		assertThat(jdbc.sql(DIFFERENCES).query(Long.class).single()).isZero();
	}

	private static ValueStore.Write write(Indicator indicator, AdminUnit unit, long orgId, long value) {
		return new ValueStore.Write(new ValueStore.Key(indicator.id(), "2015", unit.id(), orgId), unit.path(), BigDecimal.valueOf(value),
				null, true);
	}

}
