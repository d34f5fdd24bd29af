package vn.doanket.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;

/**
 * A unit reports its progress on an item of an issued plan it received (or issued): status, note, date and evidence
 * files. One report per item and unit, updated in place; evidence accumulates.
 */
@Service
@Transactional
class ProgressReporting {

	private final JdbcClient jdbc;

	private final PlanAccess planAccess;

	private final AccessPolicy access;

	private final EvidenceStore store;

	private final AuditLog audit;

	private final Clock clock;

	ProgressReporting(JdbcClient jdbc, PlanAccess planAccess, AccessPolicy access, EvidenceStore store, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.planAccess = planAccess;
		this.access = access;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	enum Status {

		NOT_STARTED, IN_PROGRESS, DONE

	}

	record Report(String status, String note, LocalDate reportedOn) {
	}

	record Upload(String filename, byte[] content) {
	}

	record Progress(long id, long itemId, long unitId, Status status, String note, LocalDate reportedOn,
			List<Evidence> evidence) {
	}

	record Evidence(long id, String filename, String mediaType, long size, String sha256) {
	}

	/** The plan an item belongs to. */
	long planOf(long itemId) {
		return jdbc.sql("select plan_id from plan_item where id = :i")
			.param("i", itemId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.plan.itemNotFound", itemId));
	}

	Progress report(long itemId, long unitId, Report report, List<Upload> uploads) {
		long planId = planOf(itemId);
		requireReporter(planId, unitId);
		Checks checks = new Checks();
		Status status = parse(report.status());
		checks.require(status != null, "status", "error.progress.status");
		LocalDate on = report.reportedOn() == null ? LocalDate.now(clock) : report.reportedOn();
		checks.require(!on.isAfter(LocalDate.now(clock)), "reportedOn", "error.progress.future");
		checks.require(report.note() == null || report.note().length() <= 4000, "note", "error.tooLong", 4000);
		checks.throwIfAny();
		List<EvidenceStore.Stored> files = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			if (upload.content() != null && upload.content().length > 0 || (upload.filename() != null && !upload.filename().isBlank())) {
				files.add(store.store(upload.filename(), upload.content(), i + 1));
			}
		}
		Progress before = find(itemId, unitId);
		long id = jdbc.sql("""
				insert into plan_progress (item_id, unit_id, status, note, reported_on, reported_by)
				values (:i, :u, :s, :n, :d, :by)
				on conflict (item_id, unit_id) do update set status = excluded.status, note = excluded.note,
				  reported_on = excluded.reported_on, reported_by = excluded.reported_by, updated_at = now()
				returning id""")
			.param("i", itemId)
			.param("u", unitId)
			.param("s", status.name())
			.param("n", report.note() == null || report.note().isBlank() ? null : report.note().strip())
			.param("d", java.sql.Date.valueOf(on))
			.param("by", access.requireUser().username())
			.query(Long.class)
			.single();
		for (EvidenceStore.Stored file : files) {
			jdbc.sql("""
					insert into plan_evidence (progress_id, filename, media_type, size_bytes, sha256, stored_name)
					values (:p, :f, :t, :s, :h, :n)""")
				.param("p", id)
				.param("f", file.filename())
				.param("t", file.mediaType())
				.param("s", file.size())
				.param("h", file.sha256())
				.param("n", file.storedName())
				.update();
		}
		Progress after = find(itemId, unitId);
		audit.record("plan_progress", id, before == null ? "create" : "update", before, after);
		return after;
	}

	/** The unit must have received the issued plan (or issued it) and the caller must report for that unit. */
	void requireReporter(long planId, long unitId) {
		PlanReader.PlanHead head = planAccess.head(planId);
		access.require(Capability.REPORT_PROGRESS, unitId);
		boolean delivered = jdbc.sql("select count(*) from plan_inbox where plan_id = :p and unit_id = :u")
			.param("p", planId)
			.param("u", unitId)
			.query(Long.class)
			.single() > 0;
		if (!head.issued()) {
			throw InvalidInputException.of("status", "error.plan.notIssued");
		}
		if (!delivered && head.issuerUnitId() != unitId) {
			throw new AccessDeniedException("unit " + unitId + " does not carry out plan " + planId);
		}
	}

	@Transactional(readOnly = true)
	Progress find(long itemId, long unitId) {
		return jdbc.sql("select * from plan_progress where item_id = :i and unit_id = :u")
			.param("i", itemId)
			.param("u", unitId)
			.query((rs, n) -> new Progress(rs.getLong("id"), itemId, unitId, Status.valueOf(rs.getString("status")),
					rs.getString("note"), rs.getDate("reported_on").toLocalDate(), evidence(rs.getLong("id"))))
			.optional()
			.orElse(null);
	}

	List<Evidence> evidence(long progressId) {
		return jdbc.sql("select id, filename, media_type, size_bytes, sha256 from plan_evidence where progress_id = :p order by id")
			.param("p", progressId)
			.query((rs, n) -> new Evidence(rs.getLong("id"), rs.getString("filename"), rs.getString("media_type"),
					rs.getLong("size_bytes"), rs.getString("sha256")))
			.list();
	}

	/** An evidence file for those who may read the plan or report for the unit. */
	@Transactional(readOnly = true)
	EvidenceFile download(long evidenceId) {
		EvidenceFile file = jdbc.sql("""
				select e.filename, e.media_type, e.stored_name, i.plan_id, p.unit_id from plan_evidence e
				join plan_progress p on p.id = e.progress_id join plan_item i on i.id = p.item_id where e.id = :id""")
			.param("id", evidenceId)
			.query((rs, n) -> new EvidenceFile(rs.getString("filename"), rs.getString("media_type"), null,
					rs.getLong("plan_id"), rs.getLong("unit_id"), rs.getString("stored_name")))
			.optional()
			.orElseThrow(() -> new NotFoundException("error.progress.evidenceNotFound", evidenceId));
		PlanReader.PlanHead head = planAccess.head(file.planId());
		if (!access.can(Capability.READ, head.issuerUnitId())) {
			access.require(Capability.READ, file.unitId());
		}
		return new EvidenceFile(file.filename(), file.mediaType(), store.read(file.storedName()), file.planId(),
				file.unitId(), file.storedName());
	}

	record EvidenceFile(String filename, String mediaType, byte[] content, long planId, long unitId, String storedName) {
	}

	static Status parse(String status) {
		if (status == null) {
			return null;
		}
		for (Status s : Status.values()) {
			if (s.name().equalsIgnoreCase(status.strip())) {
				return s;
			}
		}
		return null;
	}

}
