package vn.doanket.activities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The 20-year summary: the page, the spreadsheet and the report section carry the same numbers as the API. */
@IntegrationTest
class UnityDaySummaryExportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSpreadsheetAndTheReportCarryTheNumbersOfTheApi() throws IOException {
		long province = jdbc.sql("select id from unit where code = '62' and catalog = '2023'").query(Long.class).single();
		String years = TestHttp.basic(port, "tinh.kontum").get("/api/v1/unity-days/years?parent=62&from=2003&to=2023").body();
		assertThat(JsonPath.<Integer>read(years, "$.total")).isEqualTo(21);
		int held2023 = JsonPath.<List<Integer>>read(years, "$.items[?(@.year == 2023)].held").get(0);
		int areas2023 = JsonPath.<List<Integer>>read(years, "$.items[?(@.year == 2023)].areas").get(0);
		int held2003 = JsonPath.<List<Integer>>read(years, "$.items[?(@.year == 2003)].held").get(0);
		assertThat(held2003).isPositive().isLessThan(held2023);

		TestHttp session = TestHttp.session(port, "tinh.kontum");
		HttpResponse<byte[]> xlsx = session.getBytes("/activities/unity-days/summary.xlsx?unit=" + province + "&from=2003&to=2023");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Số khu dân cư tổ chức");
			var last = sheet.getRow(2 + 20);
			assertThat((int) last.getCell(0).getNumericCellValue()).isEqualTo(2023);
			assertThat((int) last.getCell(1).getNumericCellValue()).isEqualTo(areas2023);
			assertThat((int) last.getCell(2).getNumericCellValue()).isEqualTo(held2023);
			assertThat(workbook.getSheetAt(1).getPhysicalNumberOfRows()).isEqualTo(11);
		}

		HttpResponse<byte[]> docx = session.getBytes("/activities/unity-days/summary.docx?unit=" + province + "&from=2003&to=2023");
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("BÁO CÁO", "Tổng kết 20 năm Ngày hội Đại đoàn kết toàn dân tộc (2003-2023)", "Nơi nhận:",
					held2023 + "/" + areas2023 + " khu dân cư");
			XWPFTable years2003to2023 = document.getTables().stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals("Năm"))
				.findFirst()
				.orElseThrow();
			assertThat(years2003to2023.getNumberOfRows()).isEqualTo(22);
			assertThat(years2003to2023.getRow(21).getCell(2).getText()).isEqualTo(String.valueOf(held2023));
		}

		String page = session.get("/activities/unity-days?unit=" + province + "&year=2023").body();
		assertThat(page).contains("Ngày hội Đại đoàn kết toàn dân tộc – Tỉnh Kon Tum", "Huyện Đắk Glei");
		assertThat(session.get("/activities/unity-days?unit=" + province + "&from=2023&to=2003").statusCode()).isEqualTo(400);
	}

}
