package vn.doanket.reviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.doanket.units.AdminUnit;

/**
 * The evaluation of residential areas (classes by child unit, as {@code GET /api/v1/area-evaluations/summary} answers)
 * and the satisfaction survey rounds begun in the year (coverage and satisfied share against their thresholds, as
 * {@code GET /api/v1/survey-rounds} answers).
 */
@Component
class EvaluationAndSurveyFigures implements ReportFigures {

	private final AreaEvaluations evaluations;

	private final SatisfactionSurveys surveys;

	EvaluationAndSurveyFigures(AreaEvaluations evaluations, SatisfactionSurveys surveys) {
		this.evaluations = evaluations;
		this.surveys = surveys;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<ReviewReport.Section> sections(AdminUnit unit, int year) {
		return List.of(evaluation(unit, year), survey(unit, year));
	}

	private ReviewReport.Section evaluation(AdminUnit unit, int year) {
		List<ClassShareRow> rows = evaluations.rollUp(unit, year);
		List<String> labels = labels(unit, year, rows);
		int areas = rows.stream().mapToInt(ClassShareRow::areas).sum();
		int evaluated = rows.stream().mapToInt(ClassShareRow::evaluated).sum();
		List<String> perClass = new ArrayList<>();
		for (String label : labels) {
			int count = rows.stream().mapToInt(r -> r.perClass().getOrDefault(label, 0)).sum();
			perClass.add(count + " khu dân cư " + label + " (" + percent(count, evaluated) + "%)");
		}
		String paragraph = "Năm " + year + ", đánh giá, xếp loại " + evaluated + "/" + areas + " khu dân cư"
				+ (perClass.isEmpty() ? "." : ": " + String.join("; ", perClass) + ".");
		List<String> header = new ArrayList<>(List.of("Đơn vị", "Số khu dân cư", "Đã đánh giá"));
		labels.forEach(l -> header.add(l + " (tỷ lệ %)"));
		List<List<String>> table = new ArrayList<>();
		for (ClassShareRow r : rows) {
			List<String> cells = new ArrayList<>(List.of(r.unitName(), String.valueOf(r.areas()), String.valueOf(r.evaluated())));
			labels.forEach(l -> cells.add(r.perClass().getOrDefault(l, 0) + " (" + r.share(l) + ")"));
			table.add(cells);
		}
		return new ReviewReport.Section(2, null, "Đánh giá, xếp loại khu dân cư", null, List.of(paragraph),
				List.of(new ReviewReport.Table(header, table)));
	}

	private ReviewReport.Section survey(AdminUnit unit, int year) {
		List<SurveyRound> rounds = surveys.under(unit).stream().filter(r -> r.startsOn().getYear() == year)
			.sorted(Comparator.comparing(SurveyRound::startsOn).thenComparing(SurveyRound::id)).toList();
		int households = rounds.stream().mapToInt(SurveyRound::households).sum();
		int surveyed = rounds.stream().mapToInt(SurveyRound::surveyed).sum();
		int satisfied = rounds.stream().mapToInt(SurveyRound::satisfied).sum();
		long reached = rounds.stream().filter(SurveyRound::satisfiedReached).count();
		String paragraph = "Tổ chức " + rounds.size() + " đợt khảo sát sự hài lòng của người dân; khảo sát " + surveyed + "/" + households
				+ " hộ (" + percent(surveyed, households) + "%), " + satisfied + " ý kiến hài lòng (" + percent(satisfied, surveyed) + "%); "
				+ reached + "/" + rounds.size() + " đợt đạt ngưỡng.";
		List<List<String>> table = rounds.stream().map(r -> List.of(r.title(), r.unitName(), String.valueOf(r.households()),
				String.valueOf(r.surveyed()), r.coveragePct() + " / " + r.minCoveragePct(), r.satisfiedPct() + " / " + r.satisfiedThresholdPct(),
				r.satisfiedReached() ? "Đạt" : "Chưa đạt")).toList();
		return new ReviewReport.Section(2, null, "Khảo sát sự hài lòng của người dân", null, List.of(paragraph),
				List.of(new ReviewReport.Table(List.of("Đợt khảo sát", "Đơn vị", "Số hộ", "Số hộ được khảo sát", "Tỷ lệ khảo sát / tối thiểu (%)",
						"Tỷ lệ hài lòng / ngưỡng (%)", "Kết quả"), table)));
	}

	/** The province's classes from the highest, then any other class found in the rows. */
	private List<String> labels(AdminUnit unit, int year, List<ClassShareRow> rows) {
		Set<String> labels = new LinkedHashSet<>();
		evaluations.scheme(unit, year).classes().stream()
			.sorted(Comparator.comparingInt(EvaluationScheme.EvaluationClass::minPoints).reversed())
			.forEach(c -> labels.add(c.label()));
		rows.forEach(r -> labels.addAll(r.perClass().keySet()));
		return List.copyOf(labels);
	}

	/** A share in percent with one decimal, as the pages show it. */
	static double percent(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

}
