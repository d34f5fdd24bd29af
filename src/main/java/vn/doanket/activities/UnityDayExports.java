package vn.doanket.activities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import vn.doanket.documents.Block;
import vn.doanket.documents.Distribution;
import vn.doanket.documents.DocumentNumber;
import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.Letterhead;
import vn.doanket.documents.OfficialDocument;
import vn.doanket.documents.Recipient;
import vn.doanket.documents.Signature;
import vn.doanket.units.AdminUnit;

/** The Unity Day summary across years as a spreadsheet and as a report section in the Decree 30 layout. */
@Component
class UnityDayExports {

	static final List<String> YEAR_HEADER = List.of("Năm", "Số khu dân cư", "Số khu dân cư tổ chức", "Tỷ lệ (%)", "Số người tham dự",
			"Kinh phí (đồng)");

	private final UnityDays unityDays;

	private final vn.doanket.front.FrontCommittees committees;

	private final Clock clock;

	UnityDayExports(UnityDays unityDays, vn.doanket.front.FrontCommittees committees, Clock clock) {
		this.unityDays = unityDays;
		this.committees = committees;
		this.clock = clock;
	}

	byte[] xlsx(AdminUnit parent, int from, int to) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet years = workbook.createSheet("Qua các năm");
			write(years, 0, List.of("Ngày hội Đại đoàn kết toàn dân tộc " + from + "–" + to + " – " + parent.name()));
			write(years, 1, YEAR_HEADER);
			int r = 2;
			for (UnityDaySummaryRow row : unityDays.acrossYears(parent, from, to)) {
				write(years, r++, yearCells(row));
			}
			Sheet byUnit = workbook.createSheet("Theo đơn vị");
			List<String> header = new ArrayList<>(List.of("Mã", "Đơn vị"));
			for (int year = from; year <= to; year++) {
				header.add(year + " tổ chức/số khu");
			}
			write(byUnit, 0, header);
			List<List<UnityDaySummaryRow>> perYear = new ArrayList<>();
			for (int year = from; year <= to; year++) {
				perYear.add(unityDays.summary(parent, year));
			}
			for (int u = 0; u < perYear.get(0).size(); u++) {
				List<String> cells = new ArrayList<>(List.of(perYear.get(0).get(u).unitCode(), perYear.get(0).get(u).unitName()));
				for (List<UnityDaySummaryRow> rows : perYear) {
					cells.add(rows.get(u).held() + "/" + rows.get(u).areas());
				}
				write(byUnit, u + 1, cells);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] docx(AdminUnit parent, int from, int to) {
		List<Block> body = new ArrayList<>();
		body.add(new Block.Heading(1, "I.", "KẾT QUẢ TỔ CHỨC NGÀY HỘI QUA CÁC NĂM"));
		List<UnityDaySummaryRow> years = unityDays.acrossYears(parent, from, to);
		UnityDaySummaryRow last = years.get(years.size() - 1);
		body.add(Block.Paragraph.of("Năm " + last.year() + ", " + last.held() + "/" + last.areas() + " khu dân cư trên địa bàn "
				+ parent.name() + " tổ chức Ngày hội Đại đoàn kết toàn dân tộc (" + last.coverage() + "%), với "
				+ String.format("%,d", last.attendance()).replace(',', '.') + " lượt người tham dự."));
		body.add(new Block.Table(YEAR_HEADER, years.stream().map(UnityDayExports::yearCells).toList()));
		body.add(new Block.Heading(1, "II.", "KẾT QUẢ NĂM " + to + " THEO ĐƠN VỊ"));
		body.add(new Block.Table(List.of("Đơn vị", "Số khu dân cư", "Số khu dân cư tổ chức", "Tỷ lệ (%)", "Số người tham dự"),
				unityDays.summary(parent, to)
					.stream()
					.map(r -> List.of(r.unitName(), String.valueOf(r.areas()), String.valueOf(r.held()), String.valueOf(r.coverage()),
							String.valueOf(r.attendance())))
					.toList()));
		String body1 = parent.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Xã|Phường|Thị trấn) ", "");
		OfficialDocument document = new OfficialDocument(
				new Letterhead("ỦY BAN MTTQ VIỆT NAM " + parent.name().toUpperCase(), "BAN THƯỜNG TRỰC",
						DocumentNumber.unnumbered("BC-MTTQ-BTT"), body1, LocalDate.now(clock)),
				"BÁO CÁO", List.of("Tổng kết " + (to - from) + " năm Ngày hội Đại đoàn kết toàn dân tộc (" + from + "-" + to + ")"), body,
				new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", chairman(parent)),
				new Distribution(List.of(new Recipient("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", Recipient.Purpose.REPORT)), "VT"));
		return new DocxRenderer().render(document);
	}

	/** The chairman from the committee's Standing Committee, or a dotted line to sign on. */
	private String chairman(AdminUnit unit) {
		return committees.of(unit)
			.flatMap(c -> committees.standingMembers(c.id()).stream().filter(m -> m.position().equalsIgnoreCase("Chủ tịch")).findFirst())
			.map(vn.doanket.front.StandingMember::fullName)
			.orElse("………………………");
	}

	private static List<String> yearCells(UnityDaySummaryRow row) {
		return List.of(String.valueOf(row.year()), String.valueOf(row.areas()), String.valueOf(row.held()),
				String.valueOf(row.coverage()), String.valueOf(row.attendance()), String.valueOf(row.money()));
	}

	private static void write(Sheet sheet, int rowIndex, List<String> cells) {
		Row row = sheet.createRow(rowIndex);
		for (int c = 0; c < cells.size(); c++) {
			String value = cells.get(c);
			if (value.matches("-?\\d{1,15}") && rowIndex > 1) {
				row.createCell(c).setCellValue(Long.parseLong(value));
			}
			else {
				row.createCell(c).setCellValue(value);
			}
		}
	}

}
