package vn.doanket.reporting;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicators that count activities are derived from the records, and their roll-ups follow. */
@IntegrationTest
class DerivedIndicatorsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRecordedTrainingUpdatesTheCommuneValueAndTheDistrictTotal() {
		String commune = jdbc.sql("""
				select u.code from unit u join unit d on d.id = u.parent_id
				where d.code = '610' and d.catalog = '2023' and u.code <> '23353'
				  and not exists (select 1 from rpt_submission s join rpt_form f on f.id = s.form_id
				                  where f.code = 'KQ_CVD' and s.unit_id = u.id and s.period = '2023' and s.status in ('SUBMITTED', 'APPROVED'))
				order by u.code limit 1""").query(String.class).single();
		BigDecimal districtBefore = aggregate("610", "TAP_HUAN_NGUOI").orElse(BigDecimal.ZERO);
		BigDecimal communeBefore = value(commune, "TAP_HUAN_NGUOI").orElse(BigDecimal.ZERO);

		HttpResponse<String> created = TestHttp.basic(port, "huyen.dakglei").postJson("/api/v1/units/" + commune + "/activities?at=2023-06-30",
				"{\"kind\":\"TRAINING\",\"title\":\"Tập huấn cán bộ thôn\",\"heldOn\":\"2023-05-20\",\"level\":\"COMMUNE\","
						+ "\"contents\":\"5 nội dung Cuộc vận động\",\"participants\":37}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		long participants = jdbc.sql("""
				select coalesce(sum(a.participants), 0) from activity a join unit u on u.id = a.unit_id
				where u.code = :c and u.catalog = '2023' and a.kind = 'TRAINING' and extract(year from a.held_on) = 2023""")
			.param("c", commune).query(Long.class).single();
		assertThat(value(commune, "TAP_HUAN_NGUOI").orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(participants));
		BigDecimal change = BigDecimal.valueOf(participants).subtract(communeBefore);
		assertThat(aggregate("610", "TAP_HUAN_NGUOI").orElseThrow()).isEqualByComparingTo(districtBefore.add(change));
	}

	private Optional<BigDecimal> value(String unitCode, String indicator) {
		return jdbc.sql("""
				select v.num_value from rpt_value v join rpt_indicator i on i.id = v.indicator_id join unit u on u.id = v.unit_id
				where i.code = :i and u.code = :c and u.catalog = '2023' and v.period = '2023' and v.member_org_id = 0""")
			.param("i", indicator).param("c", unitCode).query(BigDecimal.class).optional();
	}

	private Optional<BigDecimal> aggregate(String unitCode, String indicator) {
		return jdbc.sql("""
				select a.total from rpt_aggregate a join rpt_indicator i on i.id = a.indicator_id join unit u on u.id = a.unit_id
				where i.code = :i and u.code = :c and u.catalog = '2023' and a.period = '2023' and a.member_org_id = 0""")
			.param("i", indicator).param("c", unitCode).query(BigDecimal.class).optional();
	}

}
