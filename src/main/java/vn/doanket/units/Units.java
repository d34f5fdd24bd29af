package vn.doanket.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;

/** Queries over the administrative units, always "as of" a date. */
@Service
@Transactional(readOnly = true)
public class Units {

	/** Last day of the 2023 catalog; the 2025 catalog (no district level) starts the day after. */
	public static final LocalDate REFORM_EVE = LocalDate.of(2025, 6, 30);

	public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

	private final UnitRepository repository;

	private final Clock clock;

	Units(UnitRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public Optional<AdminUnit> byId(long id) {
		return repository.findById(id);
	}

	/** The unit carrying {@code code} on {@code at}. */
	public Optional<AdminUnit> byCode(String code, LocalDate at) {
		return repository.findByCodeAt(code, at);
	}

	/**
	 * The unit carrying {@code code} on {@code at}; without a date, the one in force today, or else the newest version
	 * that ever carried the code.
	 */
	public Optional<AdminUnit> resolve(String code, LocalDate at) {
		if (at != null) {
			return repository.findByCodeAt(code, at);
		}
		return repository.findByCodeAt(code, LocalDate.now(clock)).or(() -> repository.findLatestByCode(code));
	}

	/** Like {@link #resolve}, or "not found" (404) naming the code. */
	public AdminUnit require(String code, LocalDate at) {
		return resolve(code, at).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

	/** The unit version with this id, or "not found" (404). */
	public AdminUnit require(long id) {
		return byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

	public List<AdminUnit> children(AdminUnit unit) {
		return repository.findChildren(unit.id());
	}

	/** From the province down to the parent of {@code unit}. */
	public List<AdminUnit> ancestors(AdminUnit unit) {
		return repository.findAncestors(unit);
	}

	/** The unit and everything below it. */
	public List<AdminUnit> subtree(AdminUnit unit) {
		return repository.findSubtree(unit);
	}

	public PageResult<AdminUnit> atLevel(UnitLevel level, LocalDate at, AdminUnit under, int page, int size) {
		String prefix = under == null ? "/" : under.path();
		return new PageResult<>(repository.findAtLevel(level, at, prefix, page * size, size),
				repository.countAtLevel(level, at, prefix), page, size);
	}

	/** Accent-insensitive search by name ("dak glei" finds "Huyện Đắk Glei"); {@code at} may be null for all dates. */
	public PageResult<AdminUnit> search(String query, LocalDate at, int page, int size) {
		String q = query == null ? "" : query.trim().replaceAll("\\s+", " ");
		if (q.isEmpty()) {
			return new PageResult<>(List.of(), 0, page, size);
		}
		return new PageResult<>(repository.search(q, at, page * size, size), repository.countSearch(q, at), page, size);
	}

	/** Where the unit went in the reform of 1 July 2025 (nothing for a unit of the newest catalog). */
	public List<UnitSuccession> successors(AdminUnit unit) {
		return repository.findSuccessors(unit);
	}

	/** Which units of the earlier catalog went into this one. */
	public List<UnitSuccession> predecessors(AdminUnit unit) {
		return repository.findPredecessors(unit);
	}

	/**
	 * Whether data about {@code unitId} falls under {@code rootId}: the unit lies in the root's subtree, or one of its
	 * successors through the official mapping does (so a 2025 province also covers its former provinces' history).
	 */
	public boolean isCoveredBy(long unitId, long rootId) {
		return repository.isWithinOrSucceededInto(unitId, rootId);
	}

}
