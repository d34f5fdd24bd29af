package vn.doanket.reporting;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doanket.support.IntegrationTest;
import vn.doanket.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The pivot on the demo data, the entry page and its field saves, exports, and the XLSX template round trip. */
@IntegrationTest
class ReportingPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theProvincePivotShowsDemoResultsAndCompletenessOfTheDistricts() {
		TestHttp province = TestHttp.session(port, "tinh.kontum");
		HttpResponse<String> page = province.get("/reporting");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Huyện Đắk Glei").contains("Tổng Tỉnh Kon Tum").contains("Số nhà Đại đoàn kết xây mới")
			.contains("echarts");
		String district = province.get("/reporting?parent=610").body();
		assertThat(district).contains("Xã Đắk Pék").contains("/reporting/reports/KQ_CVD/23353/2023");
		String csv = province.get("/reporting/export.csv?parent=610").body();
		assertThat(csv).contains("Mã đơn vị").contains("23341");
	}

	@Test
	void theEntryPageIsLightAndSavesEachFieldWithItsOwnMessage() {
		TestHttp commune = TestHttp.session(port, "xa.dakpek");
		HttpResponse<String> page = commune.get("/reporting/reports/KQ_CVD/23353/2021");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().length()).isLessThan(300 * 1024);
		assertThat(page.body()).contains("hx-post").contains("Số hộ nghèo đầu năm");
		HttpResponse<String> bad = commune.postForm("/reporting/reports/KQ_CVD/23353/2021/values?field=HO_NGHEO_DAU_NAM",
				Map.of("value", "mười"));
		assertThat(bad.body()).contains("text-danger").contains("không phải số nguyên");
		HttpResponse<String> ok = commune.postForm("/reporting/reports/KQ_CVD/23353/2021/values?field=HO_NGHEO_DAU_NAM",
				Map.of("value", "1.200"));
		assertThat(ok.body()).contains("text-success");
		HttpResponse<String> org = commune.postForm("/reporting/reports/KQ_CVD/23353/2021/values?field=TUYEN_TRUYEN_BUOI__HLHPN",
				Map.of("value", "3"));
		assertThat(org.body()).contains("text-success");
		assertThat(commune.get("/reporting/reports/KQ_CVD/23353/2021").body()).contains("value=\"1200\"");
		assertThat(commune.get("/reporting/reports/KQ_CVD/23344/2021").statusCode()).isEqualTo(403);
	}

	@Test
	void theTemplateListsTheUnitsOfTheUserAndComesBackFilled() throws Exception {
		TestHttp district = TestHttp.session(port, "huyen.dakglei");
		HttpResponse<byte[]> template = district.getBytes("/reporting/template.xlsx?period=2016");
		assertThat(template.statusCode()).isEqualTo(200);
		byte[] filled;
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("unit");
			int kdc = -1;
			for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
				if (sheet.getRow(0).getCell(c).getStringCellValue().equals("KDC_TONG")) {
					kdc = c;
				}
			}
			Row pek = null;
			for (Row row : sheet) {
				if (row.getCell(0).getStringCellValue().equals("23353")) {
					pek = row;
				}
			}
			assertThat(sheet.getLastRowNum()).isEqualTo(13);
			assertThat(pek).isNotNull();
			pek.createCell(kdc).setCellValue(11);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		HttpResponse<String> upload = district.upload("/reporting/import?period=2016", "mau.xlsx", filled);
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(ReportingApiIntegrationTests.value(TestHttp.basic(port, "huyen.dakglei"), "KDC_TONG", "2016", "commune", "610",
				"23353")).isEqualByComparingTo("11");
		try (Workbook again = WorkbookFactory.create(new ByteArrayInputStream(district.getBytes("/reporting/template.xlsx?period=2016").body()))) {
			boolean prefilled = false;
			for (Row row : again.getSheetAt(0)) {
				for (var cell : row) {
					prefilled |= row.getCell(0).getStringCellValue().equals("23353") && cell.toString().equals("11");
				}
			}
			assertThat(prefilled).as("the template carries the stored values").isTrue();
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			again.write(out);
			assertThat(district.upload("/reporting/import?period=2016", "lai.xlsx", out.toByteArray()).statusCode()).isEqualTo(302);
		}
		try (XSSFWorkbook export = new XSSFWorkbook(new ByteArrayInputStream(district.getBytes("/reporting/export.xlsx?period=2016").body()))) {
			assertThat(export.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
		}
	}

}
