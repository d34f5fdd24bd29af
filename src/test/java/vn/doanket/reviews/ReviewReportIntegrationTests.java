package vn.doanket.reviews;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReviewReportIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theNumbersOfTheWordReportEqualThoseOfThePagesAndApis() throws Exception {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		HttpResponse<byte[]> docx = tinh.getBytes("/api/v1/review-reports/document.docx?unit=62&year=2023");
		assertThat(docx.statusCode()).isEqualTo(200);
		String text;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body())); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			text = extractor.getText();
		}
		assertThat(text).contains("BÁO CÁO", "I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN CUỘC VẬN ĐỘNG NĂM 2023", "III. ĐÁNH GIÁ CHUNG",
				"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024");
		String unityDays = tinh.get("/api/v1/unity-days/summary?year=2023&parent=62").body();
		int areas = JsonPath.<List<Integer>>read(unityDays, "$.items[*].areas").stream().mapToInt(Integer::intValue).sum();
		int held = JsonPath.<List<Integer>>read(unityDays, "$.items[*].held").stream().mapToInt(Integer::intValue).sum();
		assertThat(text).contains(held + "/" + areas + " khu dân cư tổ chức Ngày hội");
		for (Map<String, Object> row : JsonPath.<List<Map<String, Object>>>read(unityDays, "$.items[*]")) {
			assertThat(text).contains(row.get("unitName") + "\t" + row.get("areas") + "\t" + row.get("held"));
		}
		String inspections = tinh.get("/api/v1/inspections?unit=62&size=500").body();
		List<String> starts = JsonPath.read(inspections, "$.items[*].periodFrom");
		long ofYear = starts.stream().filter(s -> s.startsWith("2023")).count();
		int recommendations = JsonPath.<List<Object>>read(inspections, "$.items[?(@.periodFrom =~ /2023.*/)].recommendations[*]").size();
		assertThat(text).contains("Tổ chức " + ofYear + " cuộc kiểm tra, giám sát; đưa ra " + recommendations + " kiến nghị");
		String decisions = tinh.get("/api/v1/commendations?unit=62&year=2023").body();
		assertThat(text).contains("Ban hành " + JsonPath.<Integer>read(decisions, "$.total") + " quyết định khen thưởng");
		String houses = tinh.get("/api/v1/analytics?indicator=NHA_DDK_XAY_MOI&period=2023&level=district&parent=62").body();
		long built = JsonPath.<List<Number>>read(houses, "$.rows[*].value").stream().filter(java.util.Objects::nonNull)
			.mapToLong(Number::longValue).sum();
		String poor = tinh.get("/api/v1/analytics?indicator=HO_THOAT_NGHEO&period=2023&level=district&parent=62").body();
		long outOfPoverty = JsonPath.<List<Number>>read(poor, "$.rows[*].value").stream().filter(java.util.Objects::nonNull)
			.mapToLong(Number::longValue).sum();
		assertThat(text).contains("Theo số liệu báo cáo năm 2023: " + dotted(outOfPoverty) + " hộ thoát nghèo; xây mới " + dotted(built) + " và sửa chữa");
		String plans = tinh.get("/api/v1/plans?year=2023&issuer=62&size=100").body();
		List<Map<String, Object>> issued = JsonPath.read(plans, "$.items[?(@.status == 'ISSUED' && @.supersededBy == null)]");
		Map<String, Object> newest = issued.stream().max(java.util.Comparator.comparing(p -> String.valueOf(p.get("issuedOn")))).orElseThrow();
		String progress = tinh.get("/api/v1/plans/" + newest.get("id") + "/progress").body();
		int tracked = JsonPath.<List<Object>>read(progress, "$.rows[*]").size();
		assertThat(text).contains("Kế hoạch số " + newest.get("number") + " có " + tracked + " nhiệm vụ được theo dõi");
		String page = TestHttp.session(port, "tinh.kontum").get("/reviews/report?year=2023").body();
		assertThat(page).contains(held + "/" + areas + " khu dân cư tổ chức Ngày hội", "download-report", "Quỹ &quot;Vì người nghèo&quot;");
	}

	@Test
	void theEvaluationAndSurveyFiguresOfTheReportEqualThoseOfTheirApis() throws Exception {
		TestHttp tinh = TestHttp.basic(port, "tinh.kontum");
		String text = docx(tinh.getBytes("/api/v1/review-reports/document.docx?unit=62&year=2023").body());
		String page = TestHttp.session(port, "tinh.kontum").get("/reviews/report?year=2023").body();

		String summary = tinh.get("/api/v1/area-evaluations/summary?unit=62&year=2023").body();
		List<Map<String, Object>> rows = JsonPath.read(summary, "$.items[*]");
		int areas = rows.stream().mapToInt(r -> (Integer) r.get("areas")).sum();
		int evaluated = rows.stream().mapToInt(r -> (Integer) r.get("evaluated")).sum();
		assertThat(evaluated).as("the demo has confirmed evaluations").isPositive();
		int excellent = JsonPath.<List<Integer>>read(summary, "$.items[*].perClass['Xuất sắc']").stream().mapToInt(Integer::intValue).sum();
		String evaluation = "đánh giá, xếp loại " + evaluated + "/" + areas + " khu dân cư: " + excellent + " khu dân cư Xuất sắc ("
				+ Math.round(excellent * 1000.0 / evaluated) / 10.0 + "%)";
		assertThat(text).contains(evaluation);
		assertThat(page).contains(evaluation);
		for (Map<String, Object> row : rows) {
			assertThat(text).contains(row.get("unitName") + "\t" + row.get("areas") + "\t" + row.get("evaluated") + "\t");
		}

		String rounds = tinh.get("/api/v1/survey-rounds?unit=62").body();
		List<Map<String, Object>> ofYear = JsonPath.read(rounds, "$.items[?(@.round.startsOn =~ /2023.*/)]");
		assertThat(ofYear).as("the demo survey round").isNotEmpty();
		int households = ofYear.stream().mapToInt(r -> (Integer) r.get("households")).sum();
		int surveyed = ofYear.stream().mapToInt(r -> (Integer) r.get("surveyed")).sum();
		long reached = ofYear.stream().filter(r -> (Boolean) r.get("satisfiedReached")).count();
		String survey = "Tổ chức " + ofYear.size() + " đợt khảo sát sự hài lòng của người dân; khảo sát " + surveyed + "/" + households + " hộ";
		assertThat(text).contains(survey, reached + "/" + ofYear.size() + " đợt đạt ngưỡng");
		assertThat(page).contains(survey);
		for (Map<String, Object> r : ofYear) {
			@SuppressWarnings("unchecked")
			Map<String, Object> round = (Map<String, Object>) r.get("round");
			assertThat(text).contains(round.get("title") + "\t" + round.get("unitName") + "\t" + r.get("households") + "\t" + r.get("surveyed")
					+ "\t" + r.get("coveragePct") + " / " + round.get("minCoveragePct") + "\t" + r.get("satisfiedPct") + " / "
					+ round.get("satisfiedThresholdPct") + "\t" + ((Boolean) r.get("satisfiedReached") ? "Đạt" : "Chưa đạt"));
		}
	}

	private static String docx(byte[] body) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	@Test
	void theOfficerEditsTheNarrativeAndTheDocumentCarriesIt() throws Exception {
		TestHttp huyen = TestHttp.session(port, "huyen.dakglei");
		String unit = String.valueOf(JsonPath.<Integer>read(TestHttp.basic(port, "huyen.dakglei").get("/api/v1/review-reports?unit=610&year=2023").body(),
				"$.unitId"));
		huyen.postForm("/reviews/report/narrative?unit=" + unit + "&year=2023", Map.of("section", "assessment", "text", "Huyện Đắk Glei hoàn thành tốt nhiệm vụ."));
		byte[] docx = TestHttp.basic(port, "huyen.dakglei").getBytes("/api/v1/review-reports/document.docx?unit=610&year=2023").body();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Huyện Đắk Glei hoàn thành tốt nhiệm vụ.");
		}
		assertThat(TestHttp.basic(port, "xa.dakpek").get("/api/v1/review-reports/document.docx?unit=62&year=2023").statusCode()).isEqualTo(403);
		assertThat(TestHttp.session(port, "phunu.kontum").postForm("/reviews/report/narrative?unit=" + unit + "&year=2023",
				Map.of("section", "assessment", "text", "x")).statusCode()).isEqualTo(403);
	}


	private static String dotted(long value) {
		return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
	}

}
