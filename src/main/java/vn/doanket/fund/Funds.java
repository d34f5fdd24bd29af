package vn.doanket.fund;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.TextFolding;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Funds a user may see, their bank accounts, and closing their books. */
@Service
@Transactional
public class Funds {

	private final FundRepository repository;

	private final LedgerRepository ledger;

	private final LedgerQueries queries;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Clock clock;

	private final Units units;

	Funds(FundRepository repository, LedgerRepository ledger, LedgerQueries queries, AccessPolicy access, AuditLog audit, Clock clock,
			Units units) {
		this.units = units;
		this.repository = repository;
		this.ledger = ledger;
		this.queries = queries;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The funds whose books the signed-in user may read. */
	@Transactional(readOnly = true)
	public List<Fund> visible() {
		CurrentUser user = access.requireUser();
		if (!user.role().can(Capability.READ_FUND)) {
			return List.of();
		}
		return repository.all().stream().filter(f -> access.inScope(user, f.unitId())).toList();
	}

	@Transactional(readOnly = true)
	public Fund get(long id) {
		Fund fund = find(id);
		access.require(Capability.READ_FUND, fund.unitId());
		return fund;
	}

	@Transactional(readOnly = true)
	public List<BankAccount> accounts(long fundId) {
		get(fundId);
		return repository.accounts(fundId);
	}

	/** The balance recomputed from every line of the ledger (equal to the kept balance, by construction). */
	@Transactional(readOnly = true)
	public long balanceFromEntries(long fundId) {
		get(fundId);
		return ledger.balanceFromLines(fundId);
	}

	/** Closes the books through a date: no posting dated on or before it is accepted afterwards. */
	public Fund closePeriod(long fundId, LocalDate through) {
		Fund fund = find(fundId);
		access.require(Capability.KEEP_FUND, fund.unitId());
		Fund locked = repository.lock(fundId).orElseThrow();
		PeriodLock.requireLater(locked.closedThrough(), through, LocalDate.now(clock));
		repository.close(fundId, through, access.requireUser().username());
		Fund after = find(fundId);
		audit.record("fund", fundId, "close-period", locked, after);
		return after;
	}

	/** Renames a fund and rewrites what it is for (its entries keep their texts). */
	public Fund rename(long fundId, String name, String description) {
		Fund before = find(fundId);
		access.require(Capability.KEEP_FUND, before.unitId());
		Checks checks = new Checks();
		checks.requireText(name, "name", 200);
		checks.require(description == null || description.length() <= 1000, "description", "error.tooLong", 1000);
		checks.throwIfAny();
		repository.rename(fundId, name.trim(), description == null || description.isBlank() ? null : description.trim());
		Fund after = find(fundId);
		audit.record("fund", fundId, "rename", before, after);
		return after;
	}

	/**
	 * The funds the user may see whose name or unit contains every word of the query (without diacritics), one page of
	 * them.
	 */
	@Transactional(readOnly = true)
	public PageResult<Fund> search(String query, String kind, int page, int size) {
		List<String> words = List.of(TextFolding.fold(query).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
		List<Fund> found = visible().stream()
			.filter(f -> kind == null || kind.isBlank() || f.kind().equals(kind))
			.filter(f -> {
				String text = TextFolding.fold(f.name() + " " + f.unitName() + " " + f.unitCode());
				return words.stream().allMatch(text::contains);
			})
			.toList();
		int from = Math.min(page * size, found.size());
		return new PageResult<>(found.subList(from, Math.min(from + size, found.size())), found.size(), page, size);
	}

	/** Every account of the fund, deactivated ones included. */
	@Transactional(readOnly = true)
	public List<BankAccount> allAccounts(long fundId) {
		get(fundId);
		return repository.allAccounts(fundId);
	}

	/** The closings of the fund's books, latest first. */
	@Transactional(readOnly = true)
	public List<FundRepository.Closing> closings(long fundId) {
		get(fundId);
		return repository.closings(fundId);
	}

	/** Opens an appeal fund for the committee of a unit (its For-the-Poor fund exists already). */
	public Fund openAppeal(FundInput input) {
		input.check().throwIfAny();
		AdminUnit unit = units.resolve(input.unitCode().trim(), input.openedOn())
			.orElseThrow(() -> InvalidInputException.of("unit", "error.unit.notFound", input.unitCode()));
		access.require(Capability.KEEP_FUND, unit.id());
		long id = repository.insert(unit.id(), "APPEAL", input.name().trim(), input.description(), input.openedOn());
		Fund created = find(id);
		audit.record("fund", id, "open", null, created);
		return created;
	}

	/** A fund's ledger: its entries and the transfers it received, searched without diacritics, paged and sorted. */
	@Transactional(readOnly = true)
	public PageResult<LedgerEntry> entries(long fundId, String query, String sort, int page, int size) {
		get(fundId);
		return new PageResult<>(queries.entries(fundId, query, sort, page * size, size), queries.count(fundId, query), page,
				size);
	}

	@Transactional(readOnly = true)
	public LedgerEntry entry(long entryId) {
		LedgerEntry entry = queries.entry(entryId).orElseThrow(() -> new NotFoundException("error.fund.entryNotFound", entryId));
		get(entry.fundId());
		return entry;
	}

	Fund find(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("error.fund.notFound", id));
	}

}
