package vn.doanket.activities;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ActivitiesApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsTheModelsOfAProvinceSubtreeWithinScope() {
		String body = TestHttp.basic(port, "tinh.kontum").get("/api/v1/community-models?unit=62&size=500").body();
		int total = JsonPath.read(body, "$.total");
		long inDatabase = jdbc.sql("""
				select count(*) from community_model m join unit u on u.id = m.unit_id
				where u.path like (select path from unit where code = '62' and catalog = '2023') || '%'""").query(Long.class).single();
		assertThat(total).isEqualTo((int) inDatabase).isGreaterThanOrEqualTo(40);
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/community-models?unit=62").statusCode()).isEqualTo(403);
	}

	@Test
	void aMemberOrganisationRegistersAModelAndOnlyValidModels() {
		TestHttp phunu = TestHttp.basic(port, "phunu.kontum");
		String name = "Mô hình Phụ nữ tiết kiệm " + unique();
		HttpResponse<String> created = phunu.postJson("/api/v1/units/62/community-models",
				"{\"name\":\"" + name + "\",\"contentNo\":1,\"category\":\"Tổ hợp tác sinh kế\",\"startedOn\":\"2023-03-08\",\"participants\":30}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(created.body(), "$.status")).isEqualTo("NEW");
		HttpResponse<String> bad = phunu.postJson("/api/v1/units/62/community-models",
				"{\"name\":\"X\",\"contentNo\":7,\"category\":\"Y\",\"startedOn\":\"2023-03-08\",\"participants\":-3}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(bad.body(), "$.errors[*].field")).containsExactlyInAnyOrder("contentNo", "participants");
		assertThat(TestHttp.basic(port, "ketoan.kontum").postJson("/api/v1/units/62/community-models", "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void aModelIsFollowedOverTimeAndCountedInTheOverview() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		String created = tinh.postJson("/api/v1/units/610/community-models?at=2023-06-30",
				"{\"name\":\"Đường hoa " + unique() + "\",\"contentNo\":3,\"category\":\"Đường hoa\",\"startedOn\":\"2023-02-01\"}").body();
		int id = JsonPath.read(created, "$.id");
		String before = tinh.get("/api/v1/community-models/overview?unit=62&year=2023").body();
		int stoppedBefore = JsonPath.<List<Integer>>read(before, "$.items[?(@.unitCode == '610')].stopped").get(0);
		HttpResponse<String> stopped = tinh.postJson("/api/v1/community-models/" + id + "/status",
				"{\"status\":\"STOPPED\",\"effectiveOn\":\"2023-10-01\",\"note\":\"Không còn kinh phí\"}");
		assertThat(JsonPath.<String>read(stopped.body(), "$.status")).isEqualTo("STOPPED");
		String after = tinh.get("/api/v1/community-models/overview?unit=62&year=2023").body();
		assertThat(JsonPath.<List<Integer>>read(after, "$.items[?(@.unitCode == '610')].stopped").get(0)).isEqualTo(stoppedBefore + 1);
		assertThat(tinh.postJson("/api/v1/community-models/" + id + "/status", "{\"status\":\"MAINTAINED\",\"effectiveOn\":\"2020-01-01\"}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void theUnityDaySummaryCountsEveryAreaOfEveryDistrict() {
		String body = TestHttp.basic(port, "tinh.kontum").get("/api/v1/unity-days/summary?year=2023&parent=62").body();
		assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(10);
		int areas = JsonPath.<List<Integer>>read(body, "$.items[*].areas").stream().mapToInt(Integer::intValue).sum();
		int held = JsonPath.<List<Integer>>read(body, "$.items[*].held").stream().mapToInt(Integer::intValue).sum();
		long areasInDb = jdbc.sql("""
				select count(*) from residential_area a join unit u on u.id = a.commune_id
				where u.path like (select path from unit where code = '62' and catalog = '2023') || '%'""").query(Long.class).single();
		long heldInDb = jdbc.sql("""
				select count(*) from festival_record r join festival_type t on t.id = r.festival_type_id
				join residential_area a on a.id = r.area_id join unit u on u.id = a.commune_id
				where t.code = 'UNITY_DAY' and r.year = 2023 and r.held
				  and u.path like (select path from unit where code = '62' and catalog = '2023') || '%'""").query(Long.class).single();
		assertThat(areas).isEqualTo((int) areasInDb).isGreaterThan(500);
		assertThat(held).isEqualTo((int) heldInDb).isLessThanOrEqualTo(areas);
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].unitCode")).contains("608", "610", "618");
	}

	@Test
	void pastYearsComeFromImportedCountsAndAFileWithABadRowImportsNothing() {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		String csv = "Mã đơn vị,Năm,Số khu dân cư,Số khu dân cư tổ chức,Số người tham dự,Kinh phí\n23353,2013,9,7,1500,7000000\n23356,2013,8,8,1200,8000000\n";
		assertThat(tinh.upload("/api/v1/unity-days/history", "lich-su.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
		String summary = tinh.get("/api/v1/unity-days/summary?year=2013&parent=610").body();
		assertThat(JsonPath.<List<Integer>>read(summary, "$.items[?(@.unitCode == '23353')].held")).containsExactly(7);
		assertThat(JsonPath.<List<String>>read(summary, "$.items[?(@.unitCode == '23353')].source")).containsExactly("imported");
		String district = tinh.get("/api/v1/unity-days/summary?year=2013&parent=62").body();
		long heldIn610 = jdbc.sql("""
				select sum(h.held) from unity_day_history h join unit u on u.id = h.unit_id
				where h.year = 2013 and u.path like (select path from unit where code = '610' and catalog = '2023') || '%'""")
			.query(Long.class).single();
		assertThat(JsonPath.<List<Integer>>read(district, "$.items[?(@.unitCode == '610')].held").get(0)).isEqualTo((int) heldIn610);

		String bad = "Mã đơn vị,Năm,Số khu dân cư,Số khu dân cư tổ chức\n23353,2013,5,2\n99999,2013,3,1\n23356,2013,4,6\n23341,1999,4,2\n";
		HttpResponse<String> refused = tinh.upload("/api/v1/unity-days/history", "sai.csv", bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<List<Integer>>read(refused.body(), "$.errors[*].row")).containsExactly(3, 4, 5);
		assertThat(JsonPath.<List<Integer>>read(tinh.get("/api/v1/unity-days/summary?year=2013&parent=610").body(),
				"$.items[?(@.unitCode == '23353')].held")).containsExactly(7);
	}

	@Test
	void festivalRecordsAreCheckedAgainstTheirYear() {
		long area = jdbc.sql("select a.id from residential_area a join unit u on u.id = a.commune_id where u.code = '23353' and u.catalog = '2023' order by a.id limit 1")
			.query(Long.class).single();
		TestHttp xa = TestHttp.basic(port, "xa.dakpek");
		HttpResponse<String> wrongYear = xa.putJson("/api/v1/residential-areas/" + area + "/festivals/UNITY_DAY/2024",
				"{\"held\":true,\"heldOn\":\"2023-11-18\",\"attendance\":300}");
		assertThat(wrongYear.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(wrongYear.body(), "$.errors[0].field")).isEqualTo("heldOn");
		HttpResponse<String> notHeld = xa.putJson("/api/v1/residential-areas/" + area + "/festivals/BORDER_DEFENCE/2024",
				"{\"held\":false,\"attendance\":20}");
		assertThat(notHeld.statusCode()).isEqualTo(400);
		HttpResponse<String> ok = xa.putJson("/api/v1/residential-areas/" + area + "/festivals/BORDER_DEFENCE/2024",
				"{\"held\":true,\"heldOn\":\"2024-03-03\",\"attendance\":250,\"socialMoney\":2000000}");
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(TestHttp.basic(port, "huyen.dakglei").putJson("/api/v1/residential-areas/" + area + "/festivals/UNKNOWN/2024", "{}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void activitiesAreCheckedAndPhotosMustBeImages() throws IOException {
		TestHttp phunu = TestHttp.basic(port, "phunu.kontum");
		HttpResponse<String> tooMany = phunu.postJson("/api/v1/units/62/activities",
				"{\"kind\":\"PROPAGANDA\",\"title\":\"Tuyên truyền\",\"heldOn\":\"2023-06-01\",\"channel\":\"ZALO\",\"sessions\":2,\"participants\":10,\"minorityParticipants\":12}");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(tooMany.body(), "$.errors[0].field")).isEqualTo("minorityParticipants");
		String title = "Tuyên truyền phòng chống bạo lực gia đình " + unique();
		HttpResponse<String> created = phunu.postJson("/api/v1/units/62/activities", "{\"kind\":\"PROPAGANDA\",\"title\":\"" + title
				+ "\",\"heldOn\":\"2023-06-01\",\"channel\":\"LOUDSPEAKER\",\"language\":\"Xơ Đăng\",\"sessions\":3,\"participants\":150,\"minorityParticipants\":120}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		int id = JsonPath.read(created.body(), "$.id");
		assertThat(JsonPath.<Integer>read(created.body(), "$.memberOrgId")).isNotNull();

		HttpResponse<String> notImage = phunu.upload("/api/v1/activities/" + id + "/attachments", "anh.jpg",
				"đây không phải là ảnh".getBytes(StandardCharsets.UTF_8));
		assertThat(notImage.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(notImage.body(), "$.errors[0].field")).isEqualTo("file");
		HttpResponse<String> photo = phunu.upload("/api/v1/activities/" + id + "/attachments", "anh.png", png());
		assertThat(photo.statusCode()).as(photo.body()).isEqualTo(200);
		int attachment = JsonPath.read(photo.body(), "$.id");
		HttpResponse<byte[]> thumbnail = TestHttp.session(port, "tinh.kontum").getBytes("/activities/attachments/" + attachment + "?thumbnail=true");
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(320);

		String others = TestHttp.basic(port, "phunu.kontum").get("/api/v1/activities?unit=62&size=500").body();
		assertThat(JsonPath.<List<Object>>read(others, "$.items[*].memberOrgId")).doesNotContainNull();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
