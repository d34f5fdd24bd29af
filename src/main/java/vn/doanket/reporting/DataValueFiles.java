package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.TabularFile;
import vn.doanket.shared.TextFolding;

/**
 * Reads a CSV or XLSX file of values. Two layouts are understood, told apart by the header (row 1):
 * <ul>
 * <li>long, one value a row: {@code unit, period, indicator, member_org, value} (Vietnamese headers
 * {@code ma_don_vi, ky, chi_tieu, to_chuc, gia_tri} too), and an optional {@code area} ({@code khu_dan_cu}) column
 * with a residential area's id for values of that area of the commune;</li>
 * <li>wide, the downloadable template: {@code unit, name, period}, then one column per indicator code (per
 * organisation {@code CODE__ORG}); empty cells are left out.</li>
 * </ul>
 */
final class DataValueFiles {

	private static final Set<String> UNIT = Set.of("unit", "ma_don_vi", "ma don vi", "don_vi");

	private static final Set<String> PERIOD = Set.of("period", "ky", "ky_bao_cao", "ky bao cao");

	private static final Set<String> INDICATOR = Set.of("indicator", "chi_tieu", "ma_chi_tieu", "chi tieu");

	private static final Set<String> ORG = Set.of("member_org", "memberorg", "to_chuc", "to chuc", "to_chuc_thanh_vien");

	private static final Set<String> VALUE = Set.of("value", "gia_tri", "gia tri");

	private static final Set<String> AREA = Set.of("area", "area_id", "khu_dan_cu", "ma_khu_dan_cu", "khu dan cu", "ma khu dan cu");

	private static final Set<String> NAME = Set.of("name", "ten", "ten_don_vi", "ten don vi");

	private DataValueFiles() {
	}

	static List<ImportRow> read(String filename, byte[] content) {
		List<TabularFile.Row> rows = TabularFile.read(filename, content);
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "error.file.noRows");
		}
		List<String> header = rows.get(0).cells().stream().map(DataValueFiles::key).toList();
		int unit = find(header, UNIT);
		int period = find(header, PERIOD);
		if (unit < 0 || period < 0) {
			throw InvalidInputException.of("file", "error.report.fileHeader");
		}
		int indicator = find(header, INDICATOR);
		int area = find(header, AREA);
		List<ImportRow> result = new ArrayList<>();
		List<TabularFile.Row> data = rows.subList(1, rows.size());
		if (indicator >= 0) {
			int value = find(header, VALUE);
			if (value < 0) {
				throw InvalidInputException.of("file", "error.report.fileHeader");
			}
			int org = find(header, ORG);
			for (TabularFile.Row row : data) {
				result.add(new ImportRow(row.number(), row.cell(unit), row.cell(period), row.cell(indicator), org < 0 ? "" : row.cell(org),
						row.cell(value), area < 0 ? null : row.cell(area)));
			}
			return result;
		}
		int name = find(header, NAME);
		List<String> raw = rows.get(0).cells();
		for (TabularFile.Row row : data) {
			for (int c = 0; c < raw.size(); c++) {
				if (c == unit || c == period || c == name || c == area || raw.get(c).isBlank() || row.cell(c).isEmpty()) {
					continue;
				}
				String column = raw.get(c).strip();
				int split = column.indexOf("__");
				result.add(new ImportRow(row.number(), row.cell(unit), row.cell(period), split < 0 ? column : column.substring(0, split),
						split < 0 ? "" : column.substring(split + 2), row.cell(c), area < 0 ? null : row.cell(area)));
			}
		}
		if (result.isEmpty()) {
			throw InvalidInputException.of("file", "error.file.noRows");
		}
		return result;
	}

	private static String key(String header) {
		return TextFolding.fold(header == null ? "" : header.strip()).toLowerCase(Locale.ROOT);
	}

	private static int find(List<String> header, Set<String> names) {
		for (int i = 0; i < header.size(); i++) {
			if (names.contains(header.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
