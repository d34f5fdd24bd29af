package vn.doanket.reviews;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.doanket.activities.CommunityModels;
import vn.doanket.activities.ModelOverviewRow;
import vn.doanket.activities.UnityDaySummaryRow;
import vn.doanket.activities.UnityDays;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;

/** Great Unity Day coverage and community models by child unit, from the activities module. */
@Component
class ImplementationFigures implements ReportFigures {

	private final UnityDays unityDays;

	private final CommunityModels models;

	ImplementationFigures(UnityDays unityDays, CommunityModels models) {
		this.unityDays = unityDays;
		this.models = models;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ReviewReport.Section> sections(AdminUnit unit, int year) {
		List<UnityDaySummaryRow> days = unityDays.summary(unit, year);
		int areas = days.stream().mapToInt(UnityDaySummaryRow::areas).sum();
		int held = days.stream().mapToInt(UnityDaySummaryRow::held).sum();
		long attendance = days.stream().mapToLong(UnityDaySummaryRow::attendance).sum();
		String share = areas == 0 ? "0" : String.valueOf(Math.round(held * 1000.0 / areas) / 10.0);
		ReviewReport.Section unityDay = new ReviewReport.Section(2, null, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", null,
				List.of("Năm " + year + ", " + held + "/" + areas + " khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc (đạt " + share
						+ "%), với " + attendance + " lượt người tham dự."),
				List.of(new ReviewReport.Table(List.of("Đơn vị", "Số khu dân cư", "Số khu dân cư tổ chức", "Tỷ lệ (%)", "Số người tham dự"),
						days.stream().map(r -> List.of(r.unitName(), String.valueOf(r.areas()), String.valueOf(r.held()),
								String.valueOf(r.coverage()), String.valueOf(r.attendance()))).toList())));
		List<ModelOverviewRow> overview = unit.level() == UnitLevel.COMMUNE ? List.of() : models.overview(unit, year);
		int newModels = overview.stream().mapToInt(ModelOverviewRow::newModels).sum();
		int maintained = overview.stream().mapToInt(ModelOverviewRow::maintained).sum();
		int replicas = overview.stream().mapToInt(ModelOverviewRow::replicas).sum();
		ReviewReport.Section modelSection = new ReviewReport.Section(2, null, "Xây dựng, duy trì và nhân rộng mô hình", null,
				List.of("Trong năm, xây dựng mới " + newModels + " mô hình, duy trì " + maintained + " mô hình, nhân rộng " + replicas
						+ " mô hình."),
				List.of(new ReviewReport.Table(List.of("Đơn vị", "Mới", "Duy trì", "Dừng", "Nhân rộng"),
						overview.stream().map(r -> List.of(r.unitName(), String.valueOf(r.newModels()), String.valueOf(r.maintained()),
								String.valueOf(r.stopped()), String.valueOf(r.replicas()))).toList())));
		return List.of(unityDay, modelSection);
	}

}
