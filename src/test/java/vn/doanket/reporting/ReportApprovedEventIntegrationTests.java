package vn.doanket.reporting;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Approving a report publishes ReportApproved naming the form, unit, period and approver; returning one does not. */
@IntegrationTest
@RecordApplicationEvents
class ReportApprovedEventIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	@Test
	void approvingPublishesReportApproved() {
		TestHttp commune = TestHttp.basic(port, "xa.dakpek");
		ReportingApiIntegrationTests.importJson(commune, """
				{"unit":"23353","period":"2009","indicator":"HO_NGHEO_DAU_NAM","value":"100"},
				{"unit":"23353","period":"2009","indicator":"HO_THOAT_NGHEO","value":"9"},
				{"unit":"23353","period":"2009","indicator":"HO_GIA_DINH","value":"690"},
				{"unit":"23353","period":"2009","indicator":"KDC_TONG","value":"5"},
				{"unit":"23353","period":"2009","indicator":"QUY_VNN_VAN_DONG","value":"40000000"}""", 200);
		assertThat(commune.postJson("/api/v1/reports/KQ_CVD/23353/2009/submit", "{}").statusCode()).isEqualTo(200);

		signIn("huyen.dakglei");
		try {
			workflow.returnForCorrection("KQ_CVD", "23353", "2009", "Kiểm tra lại số hộ");
			assertThat(events.stream(ReportApproved.class)).isEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(commune.postJson("/api/v1/reports/KQ_CVD/23353/2009/submit", "{}").statusCode()).isEqualTo(200);
		signIn("huyen.dakglei");
		try {
			workflow.approve("KQ_CVD", "23353", "2009");
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		assertThat(events.stream(ReportApproved.class)).singleElement().satisfies(event -> {
			assertThat(event.formCode()).isEqualTo("KQ_CVD");
			assertThat(event.unitCode()).isEqualTo("23353");
			assertThat(event.period()).isEqualTo("2009");
			assertThat(event.approvedBy()).isEqualTo("huyen.dakglei");
			assertThat(event.approvedAt()).isNotNull();
		});
	}

	private void signIn(String username) {
		UserDetails details = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
	}

}
