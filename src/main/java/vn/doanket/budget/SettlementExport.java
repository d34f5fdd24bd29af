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

/** The settlement report as .xlsx: the lines and totals shown on the page, amounts as numbers in whole đồng. */
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
