package vn.doanket.front;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;
import vn.doanket.shared.TabularFile;
import vn.doanket.shared.TextFolding;

/**
 * Reads a residential-area file (CSV or XLSX) with the columns "Tên khu dân cư", "Loại", "Số hộ", "Số nhân khẩu",
 * "Dân tộc thiểu số" (headers matched without diacritics, in any order; English headers accepted too). Cells that are
 * not numbers are reported with their row and column; nothing is saved by this class.
 */
final class AreaFileReader {

	static final List<String> HEADERS = List.of("Tên khu dân cư", "Loại", "Số hộ", "Số nhân khẩu", "Dân tộc thiểu số");

	private static final Map<String, String> HEADER_FIELDS = Map.ofEntries(Map.entry("ten khu dan cu", "name"),
			Map.entry("ten", "name"), Map.entry("name", "name"), Map.entry("loai", "type"), Map.entry("type", "type"),
			Map.entry("so ho", "households"), Map.entry("households", "households"), Map.entry("so nhan khau", "population"),
			Map.entry("nhan khau", "population"), Map.entry("dan so", "population"), Map.entry("population", "population"),
			Map.entry("dan toc thieu so", "ethnicMinority"), Map.entry("dtts", "ethnicMinority"),
			Map.entry("ethnic minority", "ethnicMinority"), Map.entry("ethnicminority", "ethnicMinority"));

	private AreaFileReader() {
	}

	/** The rows of the file and the cells that could not be read; the rows' own rules are checked on import. */
	record AreaFile(List<ResidentialAreas.ImportedArea> rows, List<Problem> problems) {
	}

	static AreaFile read(String filename, byte[] content) {
		List<TabularFile.Row> rows = TabularFile.read(filename, content);
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "error.file.empty");
		}
		Map<String, Integer> columns = columns(rows.get(0));
		List<Problem> problems = new ArrayList<>();
		for (String field : List.of("name", "type", "households", "population")) {
			if (!columns.containsKey(field)) {
				problems.add(Problem.field("file", "error.file.missingColumn", HEADERS.get(List.of("name", "type", "households", "population").indexOf(field))));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ResidentialAreas.ImportedArea> areas = new ArrayList<>();
		for (TabularFile.Row row : rows.subList(1, rows.size())) {
			Integer households = number(row, columns.get("households"), "households", problems);
			Integer population = number(row, columns.get("population"), "population", problems);
			Boolean minority = yesNo(row, columns.getOrDefault("ethnicMinority", -1), problems);
			areas.add(new ResidentialAreas.ImportedArea(row.number(),
					new AreaInput(row.cell(columns.get("name")), row.cell(columns.get("type")), households, population, minority)));
		}
		return new AreaFile(areas, problems);
	}

	private static Map<String, Integer> columns(TabularFile.Row header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String field = HEADER_FIELDS.get(TextFolding.fold(header.cell(i)).replaceAll("[*:()]", "").trim());
			if (field != null) {
				columns.putIfAbsent(field, i);
			}
		}
		return columns;
	}

	/** A whole number; "1.200" and "1,200" are read as 1200. Empty cells are left to the required-field check. */
	private static Integer number(TabularFile.Row row, int column, String field, List<Problem> problems) {
		String text = row.cell(column).replace(".", "").replace(",", "").replace(" ", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.cell(row.number(), field, "error.notWholeNumber", row.cell(column)));
			return 0;
		}
	}

	private static Boolean yesNo(TabularFile.Row row, int column, List<Problem> problems) {
		String text = TextFolding.fold(row.cell(column));
		return switch (text) {
			case "", "khong", "no", "0", "false", "-" -> false;
			case "co", "x", "yes", "1", "true" -> true;
			default -> {
				problems.add(Problem.cell(row.number(), "ethnicMinority", "error.notYesNo", row.cell(column)));
				yield false;
			}
		};
	}

}
