package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.jayway.jsonpath.JsonPath;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

/** Issuing publishes PlanIssued for the modules to come, naming the plan, its number and the units it reached. */
@IntegrationTest
@RecordApplicationEvents
class PlanIssuedEventIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PlanIssuing issuing;

	@Autowired
	ApplicationEvents events;

	@Test
	void issuingPublishesPlanIssuedWithTheRecipientUnits() {
		String body = "{\"title\": \"Kế hoạch sự kiện " + System.nanoTime() + "\", \"issuedOn\": \"2023-07-03\","
				+ " \"sections\": [{\"label\": \"I\", \"title\": \"NỘI DUNG\", \"items\": [{\"label\": \"1\", \"title\": \"Tập huấn\"}]}],"
				+ " \"recipients\": [{\"name\": \"BTT UBMTTQVN các xã, thị trấn\", \"purpose\": \"T_H\", \"delivery\": \"LOWER\"}]}";
		long id = JsonPath.parse(TestHttp.basic(port, "huyen.dakglei").postJson("/api/v1/plans", body).body()).read("$.id", Long.class);

		PlanData issued = issuing.issueChecked(id, null);

		assertThat(events.stream(PlanIssued.class)).singleElement().satisfies(event -> {
			assertThat(event.planId()).isEqualTo(id);
			assertThat(event.number()).isEqualTo(issued.numberText());
			assertThat(event.campaignYear()).isEqualTo(2023);
			assertThat(event.recipientUnitIds()).hasSize(12);
		});
	}

}
