package vn.doanket.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;

/** The registry of community models: register, follow their status over time, see where they spread. */
@Service
@Transactional
public class CommunityModels {

	private final CommunityModelRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommunityModels(CommunityModelRepository repository, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Models of the unit and every unit below it. */
	@Transactional(readOnly = true)
	public PageResult<CommunityModel> under(AdminUnit unit, String query, Integer contentNo, int page, int size) {
		access.require(Capability.READ, unit.id());
		return new PageResult<>(repository.findUnder(unit.path(), query, contentNo, page * size, size),
				repository.countUnder(unit.path(), query, contentNo), page, size);
	}

	@Transactional(readOnly = true)
	public CommunityModel get(long id) {
		CommunityModel model = find(id);
		access.require(Capability.READ, model.unitId());
		return model;
	}

	public CommunityModel register(AdminUnit unit, ModelInput input) {
		access.require(Capability.RECORD_ACTIVITIES, unit.id());
		Checks checks = input.check(LocalDate.now(clock));
		List<Long> areas = input.areas();
		List<Long> communes = repository.communesOfAreas(areas);
		if (communes.size() != areas.size() || communes.stream().anyMatch(c -> !access.inScope(access.requireUser(), c)
				|| !isUnder(c, unit))) {
			checks.add(Problem.field("areaIds", "error.model.areaOutside"));
		}
		if (input.replicatesId() != null && repository.findById(input.replicatesId()).isEmpty()) {
			checks.add(Problem.field("replicatesId", "error.model.unknownOriginal", input.replicatesId()));
		}
		checks.throwIfAny();
		long id = repository.insert(unit.id(), input);
		areas.forEach(area -> repository.addArea(id, area));
		ModelStatus status = input.replicatesId() == null ? ModelStatus.NEW : ModelStatus.REPLICATED;
		repository.addStatus(id, status, input.startedOn(), null);
		CommunityModel created = find(id);
		audit.record("community_model", id, "create", null, created);
		events.publishEvent(new CommunityModelChanged(id, unit.id(), created.contentNo(), status, input.startedOn()));
		return created;
	}

	/** Records where the model stands from a date on (maintained, replicated, stopped). */
	public CommunityModel changeStatus(long id, ModelStatus status, LocalDate on, String note) {
		CommunityModel before = find(id);
		access.require(Capability.RECORD_ACTIVITIES, before.unitId());
		new Checks().require(status != null, "status", "error.required")
			.require(on != null, "effectiveOn", "error.required")
			.require(on == null || !on.isBefore(before.startedOn()) && !on.isAfter(LocalDate.now(clock)), "effectiveOn",
					"error.model.statusDate")
			.throwIfAny();
		repository.addStatus(id, status, on, note == null || note.isBlank() ? null : note.trim());
		CommunityModel after = find(id);
		audit.record("community_model", id, "status", before, after);
		events.publishEvent(new CommunityModelChanged(id, before.unitId(), before.contentNo(), status, on));
		return after;
	}

	/** Per child unit: models new in the year, maintained into it, stopped in it, replicas started in it. */
	@Transactional(readOnly = true)
	public List<ModelOverviewRow> overview(AdminUnit parent, int year) {
		access.require(Capability.READ, parent.id());
		return repository.overview(parent.id(), year);
	}

	/** Per campaign content: {content, models, stopped} under the unit. */
	@Transactional(readOnly = true)
	public List<int[]> byContent(AdminUnit unit) {
		access.require(Capability.READ, unit.id());
		return repository.countsByContent(unit.path());
	}

	@Transactional(readOnly = true)
	public List<ReplicationRow> replications(AdminUnit unit) {
		access.require(Capability.READ, unit.id());
		return repository.replications(unit.path());
	}

	private boolean isUnder(long communeId, AdminUnit unit) {
		return communeId == unit.id() || repository.findUnitPath(communeId).startsWith(unit.path());
	}

	private CommunityModel find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("error.model.notFound", id));
	}

}
