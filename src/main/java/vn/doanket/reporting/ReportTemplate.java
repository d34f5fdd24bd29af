package vn.doanket.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.MemberOrganization;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * The XLSX template of a form for a period: one row per unit the user may report for (the scope unit and the units
 * below it at the form's levels; provinces for a national user), one column per indicator code (per organisation
 * {@code CODE__ORG}) filled with the values already stored; a second sheet names the indicators. Uploading it back
 * changes only what was edited.
 */
@Component
class ReportTemplate {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final IndicatorCatalog catalog;

	private final CellReader cells;

	private final Units units;

	private final AccessPolicy access;

	private final ReportValues values;

	ReportTemplate(IndicatorCatalog catalog, CellReader cells, Units units, AccessPolicy access, ReportValues values) {
		this.values = values;
		this.catalog = catalog;
		this.cells = cells;
		this.units = units;
		this.access = access;
	}

	@Transactional(readOnly = true)
	byte[] build(String formCode, String periodId) throws IOException {
		ReportForm form = catalog.form(formCode);
		Period period = Period.parse(periodId);
		List<AdminUnit> rows = reportingUnits(form, period, access.requireUser());
		List<String[]> columns = columns(form);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet(form.code() + " " + period.id());
			Row head = sheet.createRow(0);
			String[] fixed = { "unit", "name", "period" };
			for (int c = 0; c < fixed.length; c++) {
				head.createCell(c).setCellValue(fixed[c]);
			}
			for (int c = 0; c < columns.size(); c++) {
				head.createCell(c + fixed.length).setCellValue(columns.get(c)[0]);
			}
			head.forEach(cell -> cell.setCellStyle(bold));
			int r = 1;
			for (AdminUnit unit : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(unit.code());
				row.createCell(1).setCellValue(unit.name());
				row.createCell(2).setCellValue(period.id());
				ReportValues.Values stored = values.of(unit.id(), period.id());
				for (int c = 0; c < columns.size(); c++) {
					String shown = stored(stored, columns.get(c)[3]);
					if (!shown.isEmpty()) {
						row.createCell(c + fixed.length).setCellValue(shown);
					}
				}
			}
			sheet.setColumnWidth(1, 8000);
			sheet.createFreezePane(3, 1);
			Sheet names = workbook.createSheet("Chỉ tiêu");
			Row namesHead = names.createRow(0);
			namesHead.createCell(0).setCellValue("Cột");
			namesHead.createCell(1).setCellValue("Chỉ tiêu");
			namesHead.createCell(2).setCellValue("Kiểu");
			for (int c = 0; c < columns.size(); c++) {
				Row row = names.createRow(c + 1);
				for (int k = 0; k < 3; k++) {
					row.createCell(k).setCellValue(columns.get(c)[k]);
				}
			}
			names.setColumnWidth(1, 16000);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private List<String[]> columns(ReportForm form) {
		List<MemberOrganization> orgs = cells.organisations().values().stream().filter(MemberOrganization::politicalSocial)
			.sorted(java.util.Comparator.comparingInt(MemberOrganization::sortOrder)).toList();
		List<String[]> columns = new ArrayList<>();
		for (ReportForm.Item item : form.items()) {
			Indicator i = item.indicator();
			if (i.byMemberOrg()) {
				orgs.forEach(o -> columns.add(new String[] { i.code() + "__" + o.code(), i.nameVi() + " — " + o.shortName(),
						i.valueType().name(), i.id() + "/" + o.id() + "/" + i.valueType().name() }));
			}
			else {
				columns.add(new String[] { i.code(), i.nameVi() + (item.required() ? " (*)" : ""), i.valueType().name(),
						i.id() + "/0/" + i.valueType().name() });
			}
		}
		return columns;
	}

	/** The stored value of a column ({@code indicatorId/orgId/TYPE}) as a person would type it back. */
	private static String stored(ReportValues.Values stored, String column) {
		String[] parts = column.split("/");
		ValueStore.Stored value = stored.get(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		if (value == null) {
			return "";
		}
		ValueType type = ValueType.valueOf(parts[2]);
		if (type == ValueType.YES_NO) {
			return value.number() == null ? "" : value.number().signum() > 0 ? "có" : "không";
		}
		return ValueParser.format(type, value.number(), value.text());
	}

	private List<AdminUnit> reportingUnits(ReportForm form, Period period, CurrentUser user) {
		if (user.nationalScope()) {
			return units.atLevel(UnitLevel.PROVINCE, period.end(), null, 0, 100).items();
		}
		AdminUnit scope = units.byId(user.scopeUnitId()).orElseThrow();
		return units.subtree(scope).stream()
			.filter(u -> form.appliesTo(u.level()) && u.validAt(period.end()))
			.filter(u -> access.can(Capability.ENTER_DATA, u.id()))
			.toList();
	}

}
