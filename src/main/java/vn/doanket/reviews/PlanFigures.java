package vn.doanket.reviews;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.doanket.plans.PlanOutcomes;
import vn.doanket.units.AdminUnit;

/** The year's plan of the committee, item by item: what was planned, how many units finished it, what is overdue. */
@Component
class PlanFigures implements ReportFigures {

	private final PlanOutcomes outcomes;

	PlanFigures(PlanOutcomes outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	public List<ReviewReport.Section> sections(AdminUnit unit, int year) {
		try {
			return outcomes.ofYear(unit.id(), year).map(plan -> {
				String paragraph = "Kế hoạch số " + plan.number() + " có " + plan.items().size() + " nhiệm vụ được theo dõi; "
						+ plan.itemsDoneEverywhere() + " nhiệm vụ đã được tất cả các đơn vị hoàn thành, " + plan.itemsWithOverdue()
						+ " nhiệm vụ còn đơn vị quá hạn.";
				List<List<String>> rows = plan.items()
					.stream()
					.map(i -> List.of((i.label() == null ? "" : i.label() + " ") + i.title(),
							i.due() == null ? "Thường xuyên"
									: String.format("%02d/%02d/%d", i.due().getDayOfMonth(), i.due().getMonthValue(), i.due().getYear()),
							i.done() + "/" + i.units(), String.valueOf(i.overdue())))
					.toList();
				return List.of(new ReviewReport.Section(2, null, "Thực hiện Kế hoạch " + plan.number(), null, List.of(paragraph),
						List.of(new ReviewReport.Table(List.of("Nhiệm vụ", "Thời hạn", "Đơn vị hoàn thành", "Đơn vị quá hạn"), rows))));
			}).orElse(List.of());
		}
		catch (AccessDeniedException ex) {
			return List.of();
		}
	}

}
