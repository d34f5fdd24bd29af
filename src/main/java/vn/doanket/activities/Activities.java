package vn.doanket.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Problem;
import vn.doanket.shared.StoredFiles;
import vn.doanket.units.AdminUnit;

/**
 * Activities of a unit or a member organisation. A member-organisation officer's activities always carry their
 * organisation, and they see only their organisation's activities.
 */
@Service
@Transactional
public class Activities {

	private static final Set<StoredFiles.Kind> ATTACHMENT_KINDS = Set.of(StoredFiles.Kind.JPEG, StoredFiles.Kind.PNG,
			StoredFiles.Kind.PDF, StoredFiles.Kind.DOCX);

	private final ActivityRepository repository;

	private final CommunityModelRepository models;

	private final StoredFiles files;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<PlanItemDirectory> planItems;

	Activities(ActivityRepository repository, CommunityModelRepository models, StoredFiles files, AccessPolicy access,
			AuditLog audit, ApplicationEventPublisher events, Clock clock,
			org.springframework.beans.factory.ObjectProvider<PlanItemDirectory> planItems) {
		this.planItems = planItems;
		this.repository = repository;
		this.models = models;
		this.files = files;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<Activity> under(AdminUnit unit, String query, ActivityKind kind, int page, int size) {
		access.require(Capability.READ, unit.id());
		Long org = access.requireUser().memberOrgId();
		return new PageResult<>(repository.findUnder(unit.path(), query, kind, org, page * size, size),
				repository.countUnder(unit.path(), query, kind, org), page, size);
	}

	@Transactional(readOnly = true)
	public Activity get(long id) {
		Activity activity = find(id);
		access.require(Capability.READ, activity.unitId());
		CurrentUser user = access.requireUser();
		if (user.memberOrgId() != null && !user.memberOrgId().equals(activity.memberOrgId())) {
			throw new org.springframework.security.access.AccessDeniedException("another organisation's activity");
		}
		return activity;
	}

	public Activity record(AdminUnit unit, ActivityInput input) {
		access.require(Capability.RECORD_ACTIVITIES, unit.id());
		Checks checks = input.check(LocalDate.now(clock));
		if (input.planItemId() != null) {
			var item = planItems.getIfAvailable(() -> id -> java.util.Optional.empty()).find(input.planItemId());
			if (item.isEmpty()) {
				checks.add(Problem.field("planItemId", "error.activity.unknownPlanItem", input.planItemId()));
			}
			else if (input.heldOn() != null && input.heldOn().getYear() != item.get().year()) {
				checks.add(Problem.field("heldOn", "error.activity.outsidePlanYear", item.get().year()));
			}
		}
		if (input.communityModelId() != null) {
			models.findById(input.communityModelId())
				.filter(model -> access.inScope(access.requireUser(), model.unitId()))
				.ifPresentOrElse(model -> {
				}, () -> checks.add(Problem.field("communityModelId", "error.model.notFound", input.communityModelId())));
		}
		checks.throwIfAny();
		CurrentUser user = access.requireUser();
		long id = repository.insert(unit.id(), user.memberOrgId(), input, user.username());
		Activity created = find(id);
		audit.record("activity", id, "create", null, created);
		events.publishEvent(new ActivityRecorded(id, unit.id(), created.kind(), created.planItemId(), created.heldOn(),
				created.sessions() == null ? 0 : created.sessions(), created.participants()));
		return created;
	}

	/** Attaches a photo (JPEG/PNG, with a thumbnail) or a document (PDF/DOCX) to an activity. */
	public Activity.Attachment attach(long activityId, String fileName, byte[] content) {
		Activity activity = get(activityId);
		access.require(Capability.RECORD_ACTIVITIES, activity.unitId());
		StoredFiles.StoredFile stored = files.store(content, ATTACHMENT_KINDS, "file");
		String name = fileName == null || fileName.isBlank() ? stored.sha256().substring(0, 12) : fileName.replaceAll("[\\\\/]", "_");
		long id = repository.addAttachment(activityId, name, stored.kind().contentType(), stored.size(), stored.sha256());
		Activity.Attachment attachment = repository.attachment(id).orElseThrow();
		audit.record("activity_attachment", id, "create", null, attachment);
		return attachment;
	}

	/** The file of an attachment (or its thumbnail), for someone who may read the activity. */
	@Transactional(readOnly = true)
	public AttachmentContent content(long attachmentId, boolean thumbnail) {
		Activity.Attachment attachment = repository.attachment(attachmentId)
			.orElseThrow(() -> new NotFoundException("error.file.missing"));
		get(repository.activityOfAttachment(attachmentId));
		if (thumbnail) {
			return files.thumbnail(attachment.sha256())
				.map(bytes -> new AttachmentContent("thumb-" + attachment.id() + ".png", "image/png", bytes))
				.orElseThrow(() -> new NotFoundException("error.file.missing"));
		}
		return new AttachmentContent(attachment.fileName(), attachment.contentType(), files.read(attachment.sha256()));
	}

	/** How many activities fulfil each plan item and when the latest took place. */
	@Transactional(readOnly = true)
	public List<java.util.Map<String, Object>> progressOfPlanItems(List<Long> planItemIds) {
		access.requireUser();
		return repository.countsByPlanItem(planItemIds);
	}

	private Activity find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("error.activity.notFound", id));
	}

	/** A file to send back. */
	public record AttachmentContent(String fileName, String contentType, byte[] bytes) {
	}

}
