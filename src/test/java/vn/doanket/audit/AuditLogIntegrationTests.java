package vn.doanket.audit;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyWriteIsRecordedWithWhoAndBeforeAndAfter() {
		String name = "Thôn Nhật Ký " + UUID.randomUUID().toString().substring(0, 6);
		TestHttp api = TestHttp.basic(port, "xa.dakpek");
		String created = api.postJson("/api/v1/units/23353/residential-areas",
				"{\"name\":\"" + name + "\",\"type\":\"thôn\",\"households\":10,\"population\":40}").body();
		int id = JsonPath.read(created, "$.id");
		api.putJson("/api/v1/residential-areas/" + id, "{\"name\":\"" + name + "\",\"type\":\"thôn\",\"households\":12,\"population\":40}");
		api.delete("/api/v1/residential-areas/" + id);

		HttpResponse<String> log = TestHttp.basic(port, "admin").get("/api/v1/admin/audit?type=residential_area&q=" + id + "&size=500");
		assertThat(log.statusCode()).isEqualTo(200);
		var actions = JsonPath.<java.util.List<String>>read(log.body(), "$.items[?(@.entityId == '" + id + "')].action");
		assertThat(actions).containsExactly("delete", "update", "create");
		var users = JsonPath.<java.util.List<String>>read(log.body(), "$.items[?(@.entityId == '" + id + "')].username");
		assertThat(users).containsOnly("xa.dakpek");
		String update = JsonPath.<java.util.List<String>>read(log.body(), "$.items[?(@.action == 'update' && @.entityId == '" + id + "')].before").get(0);
		assertThat(update).contains("\"households\": 10").doesNotContain("\"households\": 12");
	}

	@Test
	void theLogCannotBeChangedOrErased() {
		TestHttp.basic(port, "xa.dakpek").postJson("/api/v1/units/23353/residential-areas",
				"{\"name\":\"Thôn Bất Biến " + UUID.randomUUID().toString().substring(0, 6) + "\",\"type\":\"thôn\",\"households\":1,\"population\":4}");
		assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'x'").update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
	}

	@Test
	void aRefusedWriteLeavesNoTrace() {
		long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		TestHttp.basic(port, "xa.dakpek").postJson("/api/v1/units/23353/residential-areas",
				"{\"name\":\"Thôn Z\",\"type\":\"thôn\",\"households\":-1,\"population\":40}");
		assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(before);
	}

}
