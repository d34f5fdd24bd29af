package vn.doanket.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The pivot as on screen, as a table: unit code and name, one column per indicator, then completeness. */
final class PivotExport {

	private PivotExport() {
	}

	static List<String> header(PivotView view) {
		List<String> header = new ArrayList<>(List.of("Mã đơn vị", "Đơn vị"));
		view.indicators().forEach(i -> header.add(i.nameVi()));
		header.addAll(List.of("Số đơn vị báo cáo", "Đã gửi", "Gửi đúng hạn", "Đã phê duyệt"));
		return header;
	}

	static List<List<Object>> rows(PivotView view) {
		List<List<Object>> rows = new ArrayList<>();
		List<PivotView.Row> all = new ArrayList<>(view.rows());
		if (view.total() != null) {
			all.add(view.total());
		}
		for (PivotView.Row row : all) {
			List<Object> cells = new ArrayList<>(List.of(row.code(), row.name()));
			view.indicators().forEach(i -> cells.add(row.value(i.code())));
			cells.add(row.completeness().units());
			cells.add(row.completeness().submitted());
			cells.add(row.completeness().onTime());
			cells.add(row.completeness().approved());
			rows.add(cells);
		}
		return rows;
	}

	static byte[] csv(PivotView view) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
			csv.printRecord(header(view));
			for (List<Object> row : rows(view)) {
				csv.printRecord(row.stream().map(PivotExport::text).toList());
			}
		}
		return out.toByteArray();
	}

	static byte[] xlsx(PivotView view) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(view.period().id());
			List<String> header = header(view);
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			int r = 1;
			for (List<Object> cells : rows(view)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < cells.size(); c++) {
					Object v = cells.get(c);
					if (v instanceof BigDecimal d) {
						row.createCell(c).setCellValue(d.doubleValue());
					}
					else if (v instanceof Long l) {
						row.createCell(c).setCellValue(l);
					}
					else if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			sheet.setColumnWidth(1, 9000);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal d) {
			return ValueParser.format(ValueType.DECIMAL, d, null);
		}
		return value == null ? "" : value.toString();
	}

}
