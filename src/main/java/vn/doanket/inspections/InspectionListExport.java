package vn.doanket.inspections;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import vn.doanket.shared.Paging;
import vn.doanket.units.AdminUnit;

/** The inspection list as filtered on screen, one row per recommendation (or per inspection without any), as .xlsx. */
@Component
class InspectionListExport {

	static final List<String> HEADER = List.of("Cuộc kiểm tra, giám sát", "Hình thức", "Đơn vị kiểm tra", "Đơn vị được kiểm tra", "Từ ngày",
			"Đến ngày", "Kiến nghị", "Đơn vị thực hiện", "Thời hạn", "Tình trạng");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Inspections inspections;

	InspectionListExport(Inspections inspections) {
		this.inspections = inspections;
	}

	byte[] xlsx(AdminUnit unit, InspectionFilter filter) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kiểm tra, giám sát");
			write(sheet.createRow(0), HEADER);
			int r = 1;
			for (Inspection i : inspections.under(unit, filter, 0, Paging.MAX_SIZE).items()) {
				List<String> head = List.of(i.title(), i.kind() == InspectionKind.SUPERVISION ? "Giám sát" : "Kiểm tra", i.inspectorUnitName(),
						String.join(", ", i.targets().stream().map(Inspection.Target::name).toList()), DAY.format(i.periodFrom()),
						DAY.format(i.periodTo()));
				if (i.recommendations().isEmpty()) {
					write(sheet.createRow(r++), concat(head, List.of("", "", "", "")));
				}
				for (Recommendation rec : i.recommendations()) {
					write(sheet.createRow(r++), concat(head, List.of(rec.text(), rec.ownerUnitName(), DAY.format(rec.deadline()),
							InspectionDocuments.statusText(rec))));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

}
