package vn.doanket.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.StoredFiles;
import vn.doanket.units.Units;

/**
 * The follow-up of recommendations: the owner unit responds (REPORT_PROGRESS on the owner unit), may attach evidence,
 * and once it has responded may close it; the inspecting side (INSPECT on the inspecting unit) may close it too, and
 * may reopen a closed one with a reason. Every status change is kept in the recommendation's history. Overdue
 * recommendations are listed for the owner's and the inspector's home pages.
 */
@Service
@Transactional
public class RecommendationFollowUp {

	/** What evidence may be: photos, scanned or Word documents. */
	static final EnumSet<StoredFiles.Kind> EVIDENCE = EnumSet.allOf(StoredFiles.Kind.class);

	private final RecommendationRepository repository;

	private final StoredFiles files;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Clock clock;

	RecommendationFollowUp(RecommendationRepository repository, StoredFiles files, Units units, AccessPolicy access, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.files = files;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Recommendation get(long id) {
		Recommendation found = find(id);
		if (!access.can(Capability.READ, found.ownerUnitId())) {
			access.require(Capability.READ, found.inspectorUnitId());
		}
		return found;
	}

	public boolean canRespond(Recommendation recommendation) {
		return recommendation.status() != RecommendationStatus.CLOSED
				&& access.can(Capability.REPORT_PROGRESS, recommendation.ownerUnitId());
	}

	/** The inspecting side at any time; the owner once it has responded (since the last reopening). */
	public boolean canClose(Recommendation recommendation) {
		return recommendation.status() != RecommendationStatus.CLOSED && (inspects(recommendation)
				|| recommendation.respondedSinceReopened() && access.can(Capability.REPORT_PROGRESS, recommendation.ownerUnitId()));
	}

	/** Only the inspecting side reopens, and only what is closed. */
	public boolean canReopen(Recommendation recommendation) {
		return recommendation.status() == RecommendationStatus.CLOSED && inspects(recommendation);
	}

	/** The owner's response, with optional evidence (checked by content, stored once by its hash). */
	public Recommendation respond(long id, ResponseInput input, String evidenceName, byte[] evidence) {
		Recommendation before = find(id);
		access.require(Capability.REPORT_PROGRESS, before.ownerUnitId());
		Checks checks = new Checks();
		checks.requireText(input.response(), "response", 4000);
		checks.require(before.status() != RecommendationStatus.CLOSED, "status", "error.recommendation.closed");
		checks.throwIfAny();
		StoredFiles.StoredFile stored = evidence == null || evidence.length == 0 ? null : files.store(evidence, EVIDENCE, "evidence");
		String user = access.requireUser().username();
		Instant now = clock.instant();
		String response = input.response().strip();
		repository.respond(id, response, Boolean.TRUE.equals(input.done()) || input.closing(), user, now);
		if (stored != null) {
			String name = evidenceName == null || evidenceName.isBlank() ? "minh-chung" : evidenceName.strip();
			repository.attachEvidence(id, stored.sha256(), stored.kind().name(), name.length() > 200 ? name.substring(0, 200) : name);
		}
		repository.addEvent(id, Recommendation.Action.RESPONDED, response, user, now);
		if (input.closing()) {
			repository.close(id, null, user, now);
			repository.addEvent(id, Recommendation.Action.CLOSED, null, user, now);
		}
		Recommendation after = find(id);
		audit.record("inspection_recommendation", id, input.closing() ? "respond and close" : "respond", before, after);
		return after;
	}

	/**
	 * Closes the recommendation: the inspecting side with a note saying why; the owner unit once it has responded (the
	 * note is then optional, the response says what was done).
	 */
	public Recommendation close(long id, String note) {
		Recommendation before = find(id);
		boolean inspector = inspects(before);
		if (!inspector) {
			access.require(Capability.REPORT_PROGRESS, before.ownerUnitId());
		}
		Checks checks = new Checks();
		if (inspector) {
			checks.requireText(note, "closingNote", 2000);
		}
		else {
			checks.require(note == null || note.length() <= 2000, "closingNote", "error.tooLong", 2000);
			checks.require(before.status() == RecommendationStatus.CLOSED || before.respondedSinceReopened(), "response",
					"error.recommendation.respondFirst");
		}
		checks.require(before.status() != RecommendationStatus.CLOSED, "status", "error.recommendation.closed");
		checks.throwIfAny();
		String text = note == null || note.isBlank() ? null : note.strip();
		String user = access.requireUser().username();
		Instant now = clock.instant();
		repository.close(id, text, user, now);
		repository.addEvent(id, Recommendation.Action.CLOSED, text, user, now);
		Recommendation after = find(id);
		audit.record("inspection_recommendation", id, "close", before, after);
		return after;
	}

	/**
	 * The inspecting side is not satisfied with a closed recommendation: it goes back to OPEN and waits for the owner's
	 * new response; the reason is kept in the history.
	 */
	public Recommendation reopen(long id, String reason) {
		Recommendation before = find(id);
		access.require(Capability.INSPECT, before.inspectorUnitId());
		Checks checks = new Checks();
		checks.requireText(reason, "reopenReason", 2000);
		checks.require(before.status() == RecommendationStatus.CLOSED, "status", "error.recommendation.notClosed");
		checks.throwIfAny();
		String user = access.requireUser().username();
		repository.reopen(id);
		repository.addEvent(id, Recommendation.Action.REOPENED, reason.strip(), user, clock.instant());
		Recommendation after = find(id);
		audit.record("inspection_recommendation", id, "reopen", before, after);
		return after;
	}

	/** The evidence file: its content type, name and bytes. */
	@Transactional(readOnly = true)
	public Evidence evidence(long id) {
		get(id);
		String[] row = repository.evidence(id).orElseThrow(() -> new NotFoundException("error.file.missing"));
		return new Evidence(StoredFiles.Kind.valueOf(row[1]).contentType(), row[2], files.read(row[0]));
	}

	/** Overdue recommendations the user owns or gave (within the user's scope), oldest deadline first. */
	@Transactional(readOnly = true)
	public List<Recommendation> overdueFor(CurrentUser user, int limit) {
		if (!user.role().can(Capability.READ)) {
			return List.of();
		}
		String path = user.scopeUnitId() == null ? null
				: units.byId(user.scopeUnitId()).map(u -> u.path()).orElse(null);
		if (path == null && !user.nationalScope()) {
			return List.of();
		}
		return repository.overdueUnder(path, LocalDate.now(clock), limit);
	}

	private boolean inspects(Recommendation recommendation) {
		return access.can(Capability.INSPECT, recommendation.inspectorUnitId());
	}

	private Recommendation find(long id) {
		return repository.findById(id, LocalDate.now(clock))
			.orElseThrow(() -> new NotFoundException("error.recommendation.notFound", id));
	}

	/** A stored evidence file. */
	public record Evidence(String contentType, String name, byte[] content) {
	}

}
