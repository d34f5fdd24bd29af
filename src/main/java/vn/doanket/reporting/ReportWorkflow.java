package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Draft → submitted (by the unit) → approved or returned with a comment (by the level above). A report is approved
 * only when the reports of all its child units that fill in the form are approved; approval locks the values;
 * unlocking an approved report is an audited decision of the approving level, refused while the parent's report is
 * submitted or approved.
 */
@Service
@Transactional
public class ReportWorkflow {

	private final ReportTargets targets;

	private final SubmissionRepository submissions;

	private final ReportValues values;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ReportWorkflow(ReportTargets targets, SubmissionRepository submissions, ReportValues values, Units units, AccessPolicy access,
			AuditLog audit, ApplicationEventPublisher events) {
		this.events = events;
		this.targets = targets;
		this.submissions = submissions;
		this.values = values;
		this.units = units;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Submission status(String formCode, String unitCode, String periodId) {
		ReportTarget t = targets.resolve(formCode, unitCode, periodId);
		access.require(Capability.READ, t.unit().id());
		return submissions.find(t.form().id(), t.unit().id(), t.period().id());
	}

	public Submission submit(String formCode, String unitCode, String periodId) {
		ReportTarget t = targets.resolve(formCode, unitCode, periodId);
		access.require(Capability.ENTER_DATA, t.unit().id());
		Submission before = submissions.lock(t.form().id(), t.unit().id(), t.period().id());
		if (before.status().locked()) {
			throw InvalidInputException.of("status", "error.report.notDraft", t.describe(), before.status().name());
		}
		ReportValues.Values stored = values.of(t.unit().id(), t.period().id());
		List<Problem> problems = new ArrayList<>(FormChecks.required(t.form(), stored.totals(), stored.texts()));
		problems.addAll(FormChecks.rules(t.form(), stored.totals()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		submissions.submit(before, access.requireUser().username());
		return recorded(t, before, "submit");
	}

	public Submission approve(String formCode, String unitCode, String periodId) {
		ReportTarget t = targets.resolve(formCode, unitCode, periodId);
		requireApprover(t.unit());
		Submission before = submissions.lock(t.form().id(), t.unit().id(), t.period().id());
		if (before.status() != ReportStatus.SUBMITTED) {
			throw InvalidInputException.of("status", "error.report.notSubmitted", t.describe());
		}
		List<String> pending = pendingChildren(t);
		if (!pending.isEmpty()) {
			throw InvalidInputException.of("status", "error.report.childrenPending", pending.size(),
					String.join(", ", pending.subList(0, Math.min(5, pending.size()))));
		}
		submissions.decide(before, ReportStatus.APPROVED, null, access.requireUser().username());
		Submission approved = recorded(t, before, "approve");
		events.publishEvent(new ReportApproved(t.form().code(), t.unit().id(), t.unit().code(), t.period().id(), approved.decidedBy(),
				approved.decidedAt()));
		return approved;
	}

	/** Sends a submitted report back with a comment. */
	public Submission returnForCorrection(String formCode, String unitCode, String periodId, String comment) {
		ReportTarget t = targets.resolve(formCode, unitCode, periodId);
		requireApprover(t.unit());
		requireComment(comment);
		Submission before = submissions.lock(t.form().id(), t.unit().id(), t.period().id());
		if (before.status() != ReportStatus.SUBMITTED) {
			throw InvalidInputException.of("status", "error.report.notSubmitted", t.describe());
		}
		submissions.decide(before, ReportStatus.RETURNED, comment.strip(), access.requireUser().username());
		return recorded(t, before, "return");
	}

	/** Reopens an approved report for correction, with the reason. */
	public Submission unlock(String formCode, String unitCode, String periodId, String comment) {
		ReportTarget t = targets.resolve(formCode, unitCode, periodId);
		requireApprover(t.unit());
		requireComment(comment);
		Submission before = submissions.lock(t.form().id(), t.unit().id(), t.period().id());
		if (before.status() != ReportStatus.APPROVED) {
			throw InvalidInputException.of("status", "error.report.notApproved", t.describe());
		}
		if (t.unit().parentId() != null) {
			Submission parent = submissions.find(t.form().id(), t.unit().parentId(), t.period().id());
			if (parent.status().locked()) {
				throw InvalidInputException.of("status", "error.report.parentLocked", t.describe());
			}
		}
		submissions.decide(before, ReportStatus.RETURNED, comment.strip(), access.requireUser().username());
		return recorded(t, before, "unlock");
	}

	private void requireApprover(AdminUnit unit) {
		if (unit.parentId() != null) {
			access.require(Capability.APPROVE_DATA, unit.parentId());
		}
		else if (!access.requireUser().nationalScope()) {
			throw new AccessDeniedException("approval of a province's report");
		}
		else {
			access.require(Capability.APPROVE_DATA);
		}
	}

	private List<String> pendingChildren(ReportTarget t) {
		List<AdminUnit> children = units.children(t.unit()).stream()
			.filter(c -> t.form().appliesTo(c.level()))
			.toList();
		Map<Long, Submission> states = submissions.findAll(t.form().id(), t.period().id(),
				children.stream().map(AdminUnit::id).toList());
		return children.stream()
			.filter(c -> states.get(c.id()) == null || states.get(c.id()).status() != ReportStatus.APPROVED)
			.map(AdminUnit::name)
			.toList();
	}

	private static void requireComment(String comment) {
		if (comment == null || comment.isBlank()) {
			throw InvalidInputException.of("comment", "error.required");
		}
		if (comment.length() > 2000) {
			throw InvalidInputException.of("comment", "error.tooLong", 2000);
		}
	}

	private Submission recorded(ReportTarget t, Submission before, String action) {
		Submission after = submissions.find(t.form().id(), t.unit().id(), t.period().id());
		audit.record("report", t.form().code() + "/" + t.unit().id() + "/" + t.period().id(), action, before, after);
		return after;
	}

}
