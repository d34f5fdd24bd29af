package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;

/**
 * Writes checked cells of one or more reports, or nothing: refuses cells of submitted or approved reports (a
 * residential area's cells follow its commune's report) and cells that break a rule of the form together with the
 * values already stored, then writes the values with their aggregates and records every change in the audit log.
 */
@Component
class ValueWriting {

	/** One value to write; {@code row} is the file row (null outside files). */
	record Cell(Integer row, ReportTarget target, Indicator indicator, long memberOrgId, ValueParser.Parsed parsed) {

		ValueStore.Key key() {
			return new ValueStore.Key(indicator.id(), target.period().id(), target.unit().id(), target.areaId(), memberOrgId);
		}

		ValueStore.Stored stored() {
			return parsed.empty() ? null : new ValueStore.Stored(parsed.number(), parsed.text());
		}

		Problem problem(String field, String code, Object... args) {
			return row == null ? Problem.field(field, code, args) : Problem.cell(row, field, code, args);
		}

	}

	private final ValueStore store;

	private final ReportValues values;

	private final SubmissionRepository submissions;

	private final AccessPolicy access;

	private final AuditLog audit;

	ValueWriting(ValueStore store, ReportValues values, SubmissionRepository submissions, AccessPolicy access, AuditLog audit) {
		this.store = store;
		this.values = values;
		this.submissions = submissions;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	List<ValueStore.Change> write(List<Cell> cells) {
		Map<String, List<Cell>> byReport = new LinkedHashMap<>();
		cells.forEach(c -> byReport.computeIfAbsent(c.target().form().id() + "/" + c.target().unit().id() + "/" + c.target().areaId()
				+ "/" + c.target().period().id(), k -> new ArrayList<>()).add(c));
		List<Problem> problems = new ArrayList<>();
		for (List<Cell> report : byReport.values()) {
			problems.addAll(check(report));
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing((Problem p) -> p.row() == null ? 0 : p.row()));
			throw new InvalidInputException(problems);
		}
		String username = access.requireUser().username();
		List<ValueStore.Write> writes = cells.stream()
			.map(c -> new ValueStore.Write(c.key(), c.target().unit().path(), c.parsed().number(), c.parsed().text(),
					c.indicator().aggregation() != Aggregation.NONE && c.indicator().valueType().numeric()))
			.toList();
		List<ValueStore.Change> changes = store.write(writes, username);
		if (changes.size() == 1) {
			ValueStore.Change change = changes.get(0);
			audit.record("data_value", describe(change.key()), change.before() == null ? "create" : change.after() == null ? "delete" : "update",
					change.before(), change.after());
		}
		else if (!changes.isEmpty()) {
			audit.record("data_value", changes.size() + " values", "import", null, changes);
		}
		return changes;
	}

	private List<Problem> check(List<Cell> report) {
		ReportTarget target = report.get(0).target();
		Submission submission = submissions.find(target.form().id(), target.unit().id(), target.period().id());
		if (submission.status().locked()) {
			String code = submission.status() == ReportStatus.APPROVED ? "error.report.lockedApproved" : "error.report.lockedSubmitted";
			return List.of(report.get(0).problem("period", code, target.unit().name(), target.period().id()));
		}
		ReportValues.Values merged = values.of(target.unit().id(), target.areaId(), target.period().id());
		Map<Long, Cell> cellOf = new LinkedHashMap<>();
		for (Cell cell : report) {
			merged.put(cell.indicator().id(), cell.memberOrgId(), cell.stored());
			cellOf.put(cell.indicator().id(), cell);
		}
		List<Problem> problems = new ArrayList<>();
		for (Problem broken : FormChecks.rules(target.form(), merged.totals())) {
			Cell blamed = cellOf.values().stream()
				.filter(c -> c.indicator().code().equals(broken.field()) || isRightOf(target.form(), broken.field(), c))
				.findFirst()
				.orElse(report.get(0));
			problems.add(blamed.problem("value", broken.code(), broken.args()));
		}
		return problems;
	}

	private static boolean isRightOf(ReportForm form, String leftCode, Cell cell) {
		return form.rules().stream().anyMatch(r -> r.left().code().equals(leftCode) && r.right().id() == cell.indicator().id());
	}

	static String describe(ValueStore.Key key) {
		return key.unitId() + (key.areaId() == 0 ? "" : "/area-" + key.areaId()) + "/" + key.period() + "/" + key.indicatorId()
				+ (key.memberOrgId() == 0 ? "" : "/" + key.memberOrgId());
	}

}
