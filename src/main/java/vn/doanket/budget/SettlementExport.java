package vn.doanket.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import vn.doanket.shared.Messages;

/** The settlement report and the estimate list as .xlsx, as shown on the pages, amounts as numbers in whole đồng. */
@Component
class SettlementExport {

	private final Messages messages;

	SettlementExport(Messages messages) {
		this.messages = messages;
	}

	byte[] xlsx(Settlement s) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.get("budget.settlement"));
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			sheet.createRow(0).createCell(0).setCellValue(messages.get("budget.settlement.title", s.unitName(), s.year()));
			Row header = sheet.createRow(2);
			String[] titles = { "budget.column.line", "budget.column.estimate", "budget.column.spent", "budget.column.difference",
					"budget.column.rate" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(messages.get(titles[c]));
			}
			int r = 3;
			for (Settlement.Row line : s.lines()) {
				write(sheet.createRow(r++), line.label(), line.estimate(), line.spent(), line.difference(), line.rate(), money);
			}
			EstimateView.Totals t = s.totals();
			write(sheet.createRow(r), messages.get("budget.total"), t.amount(), t.spent(), t.difference(), t.rate(), money);
			sheet.setColumnWidth(0, 16000);
			for (int c = 1; c < titles.length; c++) {
				sheet.setColumnWidth(c, 5000);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The estimate list of a year as on screen: unit, status, estimate, spending, rate. */
	byte[] list(java.util.List<EstimateRepository.Summary> rows, int year) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.get("budget.estimates"));
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			sheet.createRow(0).createCell(0).setCellValue(messages.get("budget.list.title", year));
			Row header = sheet.createRow(2);
			String[] titles = { "field.unitCode", "field.unit", "field.status", "budget.column.estimate", "budget.column.spent",
					"budget.column.rate" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c].startsWith("field.") ? messages.fieldLabel(titles[c].substring(6))
						: messages.get(titles[c]));
			}
			int r = 3;
			for (EstimateRepository.Summary s : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(s.estimate().unitCode());
				row.createCell(1).setCellValue(s.estimate().unitName());
				row.createCell(2).setCellValue(messages.get("budget.status." + s.estimate().status()));
				long[] values = { s.amount(), s.spent() };
				for (int i = 0; i < values.length; i++) {
					var cell = row.createCell(3 + i);
					cell.setCellValue(values[i]);
					cell.setCellStyle(money);
				}
				if (s.rate() != null) {
					row.createCell(5).setCellValue(s.rate().doubleValue());
				}
			}
			sheet.setColumnWidth(1, 12000);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, String label, long estimate, long spent, long difference, java.math.BigDecimal rate,
			CellStyle money) {
		row.createCell(0).setCellValue(label);
		long[] values = { estimate, spent, difference };
		for (int i = 0; i < values.length; i++) {
			var cell = row.createCell(i + 1);
			cell.setCellValue(values[i]);
			cell.setCellStyle(money);
		}
		if (rate != null) {
			row.createCell(4).setCellValue(rate.doubleValue());
		}
	}

}
