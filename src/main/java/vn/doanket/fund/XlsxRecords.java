package vn.doanket.fund;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.doanket.shared.InvalidInputException;

/**
 * Reads the first sheet of a spreadsheet (XLSX, or the older XLS) into records numbered as the spreadsheet shows them.
 * Text cells stay as they are; numbers become plain digits ("50000", "5213.45946") whatever their display format; date
 * cells become ISO text ("2024-09-09", "2024-09-09T10:15:00", or "10:15:00" for a time alone), which the statement
 * reader accepts besides the mapping's own pattern.
 */
final class XlsxRecords {

	private XlsxRecords() {
	}

	static boolean looksLikeSpreadsheet(byte[] content) {
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		boolean ole2 = content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
				&& (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
		return zip || ole2;
	}

	static List<RawRecord> read(byte[] content) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<RawRecord> records = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					cells.add(text(row.getCell(c)));
				}
				records.add(RawRecord.of(row.getRowNum() + 1, cells, CSVFormat.DEFAULT.format(cells.toArray())));
			}
			return records;
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateText(cell) : number(cell.getNumericCellValue());
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static String dateText(Cell cell) {
		LocalDateTime value = cell.getLocalDateTimeCellValue();
		if (cell.getNumericCellValue() < 1) {
			return value.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
		}
		return value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString()
				: value.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
