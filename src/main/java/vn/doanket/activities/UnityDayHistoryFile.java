package vn.doanket.activities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;
import vn.doanket.shared.TabularFile;
import vn.doanket.shared.TextFolding;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Reads past years' Unity Day counts (CSV or XLSX): "Mã đơn vị" (a 2023 commune or district code), "Năm",
 * "Số khu dân cư", "Số khu dân cư tổ chức", "Số người tham dự", "Kinh phí". Every bad cell is reported with its row and
 * column; a file with any problem yields nothing.
 */
final class UnityDayHistoryFile {

	static final List<String> HEADERS = List.of("Mã đơn vị", "Năm", "Số khu dân cư", "Số khu dân cư tổ chức", "Số người tham dự",
			"Kinh phí");

	private static final Map<String, String> FIELDS = Map.of("ma don vi", "unitCode", "nam", "year", "so khu dan cu", "areas",
			"so khu dan cu to chuc", "held", "so nguoi tham du", "attendance", "kinh phi", "money");

	/** One year of one unit. */
	record HistoryRow(int rowNumber, AdminUnit unit, int year, int areas, int held, long attendance, long money) {
	}

	private UnityDayHistoryFile() {
	}

	static List<HistoryRow> read(String filename, byte[] content, Units units) {
		List<TabularFile.Row> rows = TabularFile.read(filename, content);
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "error.file.empty");
		}
		Map<String, Integer> columns = new HashMap<>();
		TabularFile.Row header = rows.get(0);
		for (int i = 0; i < header.cells().size(); i++) {
			String field = FIELDS.get(TextFolding.fold(header.cell(i)).replaceAll("\\(.*\\)", "").trim());
			if (field != null) {
				columns.putIfAbsent(field, i);
			}
		}
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String field = List.of("unitCode", "year", "areas", "held").get(i);
			if (!columns.containsKey(field)) {
				problems.add(Problem.field("file", "error.file.missingColumn", HEADERS.get(i)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<HistoryRow> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (TabularFile.Row row : rows.subList(1, rows.size())) {
			int before = problems.size();
			String code = row.cell(columns.get("unitCode"));
			AdminUnit unit = units.byCode(code, Units.REFORM_EVE).orElse(null);
			if (unit == null) {
				problems.add(Problem.cell(row.number(), "unitCode", "error.unit.unknownCode", code));
			}
			long year = number(row, columns.get("year"), "year", problems);
			long areas = number(row, columns.get("areas"), "areas", problems);
			long held = number(row, columns.get("held"), "held", problems);
			long attendance = columns.containsKey("attendance") ? number(row, columns.get("attendance"), "attendance", problems) : 0;
			long money = columns.containsKey("money") ? number(row, columns.get("money"), "money", problems) : 0;
			if (problems.size() == before) {
				if (year < UnityDays.FIRST_YEAR || year > 2100) {
					problems.add(Problem.cell(row.number(), "year", "error.festival.year", UnityDays.FIRST_YEAR));
				}
				if (held > areas) {
					problems.add(Problem.cell(row.number(), "held", "error.unityDay.heldAboveAreas"));
				}
				if (!seen.add(code + "/" + year)) {
					problems.add(Problem.cell(row.number(), "unitCode", "error.unityDay.duplicateRow", code, year));
				}
			}
			if (problems.size() == before) {
				result.add(new HistoryRow(row.number(), unit, (int) year, (int) areas, (int) held, attendance, money));
			}
		}
		if (rows.size() == 1) {
			problems.add(Problem.field("file", "error.file.noRows"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return result;
	}

	/** A whole non-negative number; "1.200" and "1,200" read as 1200. */
	private static long number(TabularFile.Row row, int column, String field, List<Problem> problems) {
		String raw = row.cell(column);
		String text = raw.replace(".", "").replace(",", "").replace(" ", "");
		if (text.isEmpty()) {
			problems.add(Problem.cell(row.number(), field, "error.required"));
			return 0;
		}
		try {
			long value = Long.parseLong(text);
			if (value < 0) {
				problems.add(Problem.cell(row.number(), field, "error.negative"));
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.cell(row.number(), field, "error.notWholeNumber", raw));
			return 0;
		}
	}

}
