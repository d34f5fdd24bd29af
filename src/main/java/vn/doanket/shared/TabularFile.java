package vn.doanket.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX file or a CSV file (comma or semicolon, UTF-8 with or without BOM) into rows of
 * text cells, keeping each row's line number as the user sees it in a spreadsheet (the header is row 1).
 */
public final class TabularFile {

	/** One row of cells; {@code number} is the row number shown to the user. */
	public record Row(int number, List<String> cells) {

		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index).trim() : "";
		}

		public boolean blank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}

	}

	private TabularFile() {
	}

	/** All rows, header first; blank rows are kept out. Refuses what is neither XLSX nor UTF-8 text. */
	public static List<Row> read(String filename, byte[] content) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "error.file.empty");
		}
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		if (zip || name.endsWith(".xlsx")) {
			return readXlsx(content);
		}
		return readCsv(content);
	}

	private static List<Row> readXlsx(byte[] content) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<Row> rows = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
				}
				Row r = new Row(row.getRowNum() + 1, cells);
				if (!r.blank()) {
					rows.add(r);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
	}

	private static List<Row> readCsv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<Row> rows = new ArrayList<>();
		try {
			for (CSVRecord record : format.parse(new StringReader(text))) {
				Row row = new Row((int) record.getRecordNumber(), record.toList());
				if (!row.blank()) {
					rows.add(row);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInputException.of("file", "error.file.unreadable");
		}
		return rows;
	}

}
