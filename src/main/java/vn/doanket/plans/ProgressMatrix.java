package vn.doanket.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.units.AdminUnit;

/**
 * What the issuer follows: items × the units the plan was delivered to, each cell the unit's latest report (or none),
 * overdue when the item's timeframe has ended and the work is not done; and the items with a deadline, soonest first.
 */
@Service
@Transactional(readOnly = true)
class ProgressMatrix {

	private final PlanQueries queries;

	private final PlanCascade cascade;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProgressMatrix(PlanQueries queries, PlanCascade cascade, JdbcClient jdbc, Clock clock) {
		this.queries = queries;
		this.cascade = cascade;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	enum CellState {

		NONE, NOT_STARTED, IN_PROGRESS, DONE, OVERDUE

	}

	/** {@code state} is what the matrix shows (overdue wins); {@code reported} what the unit last reported. */
	record Cell(long itemId, long unitId, CellState state, CellState reported, String note, LocalDate reportedOn,
			int evidence) {
	}

	record Row(PlanData.Item item, LocalDate due, List<Cell> cells, int done) {
	}

	record Column(long unitId, String name) {
	}

	record Matrix(long planId, List<Column> units, List<Row> rows, Map<CellState, Integer> totals) {
	}

	/** The matrix, optionally only one unit's column and only rows having a cell in {@code state}. */
	Matrix of(long planId, Long unitId, CellState state) {
		PlanData plan = queries.get(planId);
		LocalDate today = LocalDate.now(clock);
		List<Column> columns = new ArrayList<>();
		for (AdminUnit unit : cascade.deliveredUnits(planId)) {
			if (unitId == null || unitId == unit.id()) {
				columns.add(new Column(unit.id(), unit.name()));
			}
		}
		Map<String, Cell> reports = new HashMap<>();
		jdbc.sql("""
				select p.item_id, p.unit_id, p.status, p.note, p.reported_on,
				  (select count(*) from plan_evidence e where e.progress_id = p.id) as files
				from plan_progress p join plan_item i on i.id = p.item_id where i.plan_id = :plan""")
			.param("plan", planId)
			.query(rs -> {
				reports.put(rs.getLong("item_id") + ":" + rs.getLong("unit_id"),
						new Cell(rs.getLong("item_id"), rs.getLong("unit_id"), CellState.valueOf(rs.getString("status")),
								CellState.valueOf(rs.getString("status")), rs.getString("note"), rs.getDate("reported_on").toLocalDate(), rs.getInt("files")));
			});
		Map<CellState, Integer> totals = new java.util.EnumMap<>(CellState.class);
		List<Row> rows = new ArrayList<>();
		for (PlanData.Item item : trackedItems(plan)) {
			LocalDate due = due(item.timeframe());
			List<Cell> cells = new ArrayList<>();
			int done = 0;
			for (Column column : columns) {
				Cell cell = reports.get(item.id() + ":" + column.unitId());
				CellState reported = cell == null ? CellState.NONE : cell.state();
				CellState shown = reported != CellState.DONE && due != null && due.isBefore(today) ? CellState.OVERDUE : reported;
				cells.add(cell == null ? new Cell(item.id(), column.unitId(), shown, reported, null, null, 0)
						: new Cell(item.id(), column.unitId(), shown, reported, cell.note(), cell.reportedOn(), cell.evidence()));
				done += reported == CellState.DONE ? 1 : 0;
				totals.merge(shown, 1, Integer::sum);
			}
			if (state == null || cells.stream().anyMatch(c -> c.state() == state)) {
				rows.add(new Row(item, due, cells, done));
			}
		}
		return new Matrix(planId, columns, rows, totals);
	}

	/** The items that have a deadline or end date, soonest first. */
	List<Row> deadlines(long planId) {
		return of(planId, null, null).rows()
			.stream()
			.filter(row -> row.due() != null)
			.sorted(java.util.Comparator.comparing(Row::due))
			.toList();
	}

	/** The items of the contents sections (all items when the plan has no contents section). */
	static List<PlanData.Item> trackedItems(PlanData plan) {
		List<PlanData.Item> contents = plan.sections()
			.stream()
			.filter(s -> s.kind() == PlanData.SectionKind.CONTENTS)
			.flatMap(s -> s.items().stream())
			.toList();
		return contents.isEmpty() ? plan.allItems() : contents;
	}

	static LocalDate due(Timeframe timeframe) {
		if (timeframe == null) {
			return null;
		}
		return switch (timeframe.kind()) {
			case DEADLINE, RANGE -> timeframe.end();
			default -> null;
		};
	}

}
