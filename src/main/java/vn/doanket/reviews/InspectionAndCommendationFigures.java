package vn.doanket.reviews;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.doanket.inspections.Inspection;
import vn.doanket.inspections.InspectionFilter;
import vn.doanket.inspections.Inspections;
import vn.doanket.inspections.Recommendation;
import vn.doanket.inspections.RecommendationStatus;
import vn.doanket.units.AdminUnit;

/** Inspections with their recommendations, and the commendations of the year. */
@Component
class InspectionAndCommendationFigures implements ReportFigures {

	private final Inspections inspections;

	private final Commendations commendations;

	InspectionAndCommendationFigures(Inspections inspections, Commendations commendations) {
		this.inspections = inspections;
		this.commendations = commendations;
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<ReviewReport.Section> sections(AdminUnit unit, int year) {
		List<Inspection> ofYear = inspections.under(unit, new InspectionFilter(null, null, null), 0, 500)
			.items().stream().filter(i -> i.periodFrom().getYear() == year).toList();
		List<Recommendation> recommendations = ofYear.stream().flatMap(i -> i.recommendations().stream()).toList();
		long closed = recommendations.stream().filter(r -> r.status() == RecommendationStatus.CLOSED).count();
		long overdue = recommendations.stream().filter(Recommendation::overdue).count();
		ReviewReport.Section inspection = new ReviewReport.Section(2, null, "Công tác kiểm tra, giám sát", null,
				List.of("Tổ chức " + ofYear.size() + " cuộc kiểm tra, giám sát; đưa ra " + recommendations.size() + " kiến nghị, đã hoàn thành "
						+ closed + ", quá hạn chưa hoàn thành " + overdue + "."),
				List.of(new ReviewReport.Table(List.of("Cuộc kiểm tra, giám sát", "Đơn vị được kiểm tra", "Kiến nghị", "Đã hoàn thành"),
						ofYear.stream().map(i -> List.of(i.title(), String.join(", ", i.targets().stream().map(Inspection.Target::name).toList()),
								String.valueOf(i.recommendations().size()),
								String.valueOf(i.recommendations().stream().filter(r -> r.status() == RecommendationStatus.CLOSED).count())))
							.toList()),
						new ReviewReport.Table(List.of("Kiến nghị", "Đơn vị thực hiện", "Thời hạn", "Tình trạng"),
								recommendations.stream().map(r -> List.of(r.text(), r.ownerUnitName(), DATE.format(r.deadline()), state(r))).toList())));
		List<CommendationDecision> decisions = commendations.under(unit, year);
		int awards = decisions.stream().mapToInt(d -> d.awards().size()).sum();
		ReviewReport.Section commendation = new ReviewReport.Section(2, null, "Thi đua, khen thưởng", null,
				List.of("Ban hành " + decisions.size() + " quyết định khen thưởng cho " + awards + " tập thể, cá nhân."),
				List.of(new ReviewReport.Table(List.of("Quyết định", "Ngày", "Hình thức", "Số tập thể, cá nhân"),
						decisions.stream().map(d -> List.of(d.numberText(), d.issuedOn().toString(),
								"BANG_KHEN".equals(d.form()) ? "Bằng khen" : "Giấy khen", String.valueOf(d.awards().size()))).toList())));
		return List.of(inspection, commendation);
	}

	private static String state(Recommendation r) {
		return switch (r.status()) {
			case CLOSED -> "Đã hoàn thành";
			case IN_PROGRESS -> r.overdue() ? "Đang thực hiện, quá hạn" : "Đang thực hiện";
			case OPEN -> r.overdue() ? "Chưa thực hiện, quá hạn" : "Chưa thực hiện";
		};
	}

}
