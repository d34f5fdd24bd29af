package vn.doanket.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;

/** Residential areas of a commune: listing, creating, editing and removing, always inside the user's scope. */
@Service
@Transactional
public class ResidentialAreas {

	private final ResidentialAreaRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	ResidentialAreas(ResidentialAreaRepository repository, AccessPolicy access, AuditLog audit) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageResult<ResidentialArea> list(AdminUnit commune, String query, String sort, int page, int size) {
		access.require(Capability.READ, commune.id());
		String q = query == null ? "" : query.trim();
		return new PageResult<>(repository.find(commune.id(), q, ResidentialAreaRepository.Sort.parse(sort), page * size, size),
				repository.count(commune.id(), q), page, size);
	}

	/** Every area of the commune (for exports and other modules). */
	@Transactional(readOnly = true)
	public List<ResidentialArea> all(AdminUnit commune) {
		access.require(Capability.READ, commune.id());
		return repository.findAll(commune.id());
	}

	@Transactional(readOnly = true)
	public ResidentialArea get(long id) {
		ResidentialArea area = find(id);
		access.require(Capability.READ, area.communeId());
		return area;
	}

	public ResidentialArea create(AdminUnit commune, AreaInput input) {
		access.require(Capability.MANAGE_AREAS, commune.id());
		requireCommune(commune);
		input.check().throwIfAny();
		requireUniqueName(commune.id(), input.trimmedName(), null);
		long id = repository.insert(commune.id(), input.trimmedName(), AreaType.parse(input.type()), input.households(),
				input.population(), input.minority());
		ResidentialArea created = find(id);
		audit.record("residential_area", id, "create", null, created);
		return created;
	}

	public ResidentialArea update(long id, AreaInput input) {
		ResidentialArea before = find(id);
		access.require(Capability.MANAGE_AREAS, before.communeId());
		input.check().throwIfAny();
		requireUniqueName(before.communeId(), input.trimmedName(), id);
		repository.update(id, input.trimmedName(), AreaType.parse(input.type()), input.households(), input.population(),
				input.minority());
		ResidentialArea after = find(id);
		audit.record("residential_area", id, "update", before, after);
		return after;
	}

	public void delete(long id) {
		ResidentialArea before = find(id);
		access.require(Capability.MANAGE_AREAS, before.communeId());
		repository.delete(id);
		audit.record("residential_area", id, "delete", before, null);
	}

	/** Reads a CSV or XLSX file and imports it with {@link #importAll}. */
	public ImportSummary importFile(AdminUnit commune, String filename, byte[] content) {
		access.require(Capability.MANAGE_AREAS, commune.id());
		AreaFileReader.AreaFile file = AreaFileReader.read(filename, content);
		return importAll(commune, file.rows(), file.problems());
	}

	/**
	 * Creates or updates (by name) every area of a file, or nothing: all rows are checked first and every problem is
	 * reported with its row and column.
	 */
	public ImportSummary importAll(AdminUnit commune, List<ImportedArea> rows, List<Problem> unreadableCells) {
		access.require(Capability.MANAGE_AREAS, commune.id());
		requireCommune(commune);
		List<Problem> problems = new ArrayList<>(unreadableCells);
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (ImportedArea row : rows) {
			row.input().check().problems().forEach(p -> problems.add(p.atRow(row.rowNumber())));
			if (row.input().name() != null && !row.input().name().isBlank()
					&& !seen.add(vn.doanket.shared.TextFolding.fold(row.input().name()))) {
				problems.add(Problem.cell(row.rowNumber(), "name", "error.area.duplicateInFile", row.input().name().trim()));
			}
		}
		if (rows.isEmpty()) {
			problems.add(Problem.field("file", "error.file.noRows"));
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing((Problem p) -> p.row() == null ? 0 : p.row()));
			throw new InvalidInputException(problems);
		}
		int created = 0;
		int updated = 0;
		for (ImportedArea row : rows) {
			AreaInput input = row.input();
			Optional<ResidentialArea> existing = repository.findByName(commune.id(), input.trimmedName());
			if (existing.isPresent()) {
				update(existing.get().id(), input);
				updated++;
			}
			else {
				create(commune, input);
				created++;
			}
		}
		return new ImportSummary(rows.size(), created, updated);
	}

	private void requireCommune(AdminUnit unit) {
		if (unit.level() != UnitLevel.COMMUNE) {
			throw InvalidInputException.of("commune", "error.area.notCommune", unit.name());
		}
	}

	private void requireUniqueName(long communeId, String name, Long exceptId) {
		repository.findByName(communeId, name)
			.filter(other -> exceptId == null || other.id() != exceptId)
			.ifPresent(other -> {
				throw InvalidInputException.of("name", "error.area.duplicateName", name);
			});
	}

	private ResidentialArea find(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("error.area.notFound", id));
	}

	/** A row of an import file. */
	public record ImportedArea(int rowNumber, AreaInput input) {
	}

	/** What an import did. */
	public record ImportSummary(int rows, int created, int updated) {
	}

}
