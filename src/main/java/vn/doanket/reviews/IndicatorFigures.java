package vn.doanket.reviews;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.doanket.reporting.Analytics;
import vn.doanket.reporting.AnalyticsResult;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * The year's main campaign results from the indicator roll-ups, by child unit, exactly as the reporting analytics
 * answer them ({@code GET /api/v1/analytics}).
 */
@Component
class IndicatorFigures implements ReportFigures {

	/** Indicator code and the column title used in the report. */
	static final Map<String, String> INDICATORS = new LinkedHashMap<>();

	static {
		INDICATORS.put("HO_THOAT_NGHEO", "Hộ thoát nghèo");
		INDICATORS.put("NHA_DDK_XAY_MOI", "Nhà Đại đoàn kết xây mới");
		INDICATORS.put("NHA_DDK_SUA_CHUA", "Nhà Đại đoàn kết sửa chữa");
		INDICATORS.put("QUY_VNN_VAN_DONG", "Vận động Quỹ Vì người nghèo (đồng)");
		INDICATORS.put("MO_HINH_MOI", "Mô hình mới");
		INDICATORS.put("TUYEN_TRUYEN_BUOI", "Buổi tuyên truyền");
	}

	private final Analytics analytics;

	private final Units units;

	IndicatorFigures(Analytics analytics, Units units) {
		this.analytics = analytics;
		this.units = units;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public List<ReviewReport.Section> sections(AdminUnit unit, int year) {
		if (unit.level() == UnitLevel.COMMUNE) {
			return List.of();
		}
		String level = units.children(unit).stream().anyMatch(c -> c.level() == UnitLevel.DISTRICT) ? "district" : "commune";
		Map<String, AnalyticsResult> results = new LinkedHashMap<>();
		try {
			for (String code : INDICATORS.keySet()) {
				results.put(code, analytics.totals(code, String.valueOf(year), level, unit.code(), null, null));
			}
		}
		catch (AccessDeniedException | vn.doanket.shared.InvalidInputException | vn.doanket.shared.NotFoundException ex) {
			return List.of();
		}
		List<String> header = new ArrayList<>(List.of("Đơn vị"));
		header.addAll(INDICATORS.values());
		List<List<String>> rows = new ArrayList<>();
		AnalyticsResult first = results.values().iterator().next();
		for (int i = 0; i < first.rows().size(); i++) {
			List<String> row = new ArrayList<>(List.of(first.rows().get(i).name()));
			for (AnalyticsResult result : results.values()) {
				row.add(number(result.rows().get(i).value()));
			}
			rows.add(row);
		}
		List<String> total = new ArrayList<>(List.of("Tổng cộng"));
		results.values().forEach(r -> total.add(number(r.total())));
		rows.add(total);
		String paragraph = "Theo số liệu báo cáo năm " + year + ": " + number(results.get("HO_THOAT_NGHEO").total())
				+ " hộ thoát nghèo; xây mới " + number(results.get("NHA_DDK_XAY_MOI").total()) + " và sửa chữa "
				+ number(results.get("NHA_DDK_SUA_CHUA").total()) + " nhà Đại đoàn kết; vận động Quỹ \"Vì người nghèo\" "
				+ number(results.get("QUY_VNN_VAN_DONG").total()) + " đồng.";
		return List.of(new ReviewReport.Section(2, null, "Kết quả thực hiện các chỉ tiêu Cuộc vận động", null, List.of(paragraph),
				List.of(new ReviewReport.Table(header, rows))));
	}

	/** Whole numbers with dots between thousands ("1.500.000"); an empty cell when nothing was reported. */
	static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return String.format(java.util.Locale.ROOT, "%,d", value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()).replace(',', '.');
	}

}
