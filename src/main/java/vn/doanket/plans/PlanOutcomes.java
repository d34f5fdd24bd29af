package vn.doanket.plans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a committee's issued plan of a year, item by item: for the review report (the same figures as the
 * progress matrix, {@code GET /api/v1/plans/{id}/progress}).
 */
@Service
@Transactional(readOnly = true)
public class PlanOutcomes {

	/** One tracked item: how many units carry it, how many reported it done, how many are overdue. */
	public record ItemOutcome(String label, String title, LocalDate due, int units, int done, int overdue) {
	}

	/** The plan and its items' outcomes. */
	public record Outcome(long planId, String number, String title, List<ItemOutcome> items) {

		public int itemsDoneEverywhere() {
			return (int) items.stream().filter(i -> i.units() > 0 && i.done() == i.units()).count();
		}

		public int itemsWithOverdue() {
			return (int) items.stream().filter(i -> i.overdue() > 0).count();
		}

	}

	private final PlanQueries queries;

	private final ProgressMatrix matrix;

	PlanOutcomes(PlanQueries queries, ProgressMatrix matrix) {
		this.queries = queries;
		this.matrix = matrix;
	}

	/** The newest issued, not superseded plan of the issuer for the campaign year that the caller may read. */
	public Optional<Outcome> ofYear(long issuerUnitId, int year) {
		Optional<PlanSummary> plan = queries.list(year, issuerUnitId, PlanData.PlanStatus.ISSUED, null, null, 0, 100)
			.items()
			.stream()
			.filter(p -> p.supersededBy() == null)
			.max(Comparator.comparing(PlanSummary::issuedOn));
		return plan.map(p -> {
			ProgressMatrix.Matrix m = matrix.of(p.id(), null, null);
			List<ItemOutcome> items = m.rows()
				.stream()
				.map(r -> new ItemOutcome(r.item().label(), r.item().title(), r.due(), r.cells().size(), r.done(),
						(int) r.cells().stream().filter(c -> c.state() == ProgressMatrix.CellState.OVERDUE).count()))
				.toList();
			return new Outcome(p.id(), p.number(), p.title(), items);
		});
	}

}
