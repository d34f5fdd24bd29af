package vn.doanket.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * Budget estimates of Front committees: the accountant drafts ({@code KEEP_FUND}), the committee approves
 * ({@code APPROVE_FUND}) and afterwards changes a line only by an adjustment with its reason; reading needs
 * {@code READ_FUND}. All within the user's scope.
 */
@Service
@Transactional
public class Estimates {

	private final EstimateRepository repository;

	private final NormCalculation norms;

	private final Units units;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final Messages messages;

	Estimates(EstimateRepository repository, NormCalculation norms, Units units, AccessPolicy access, AuditLog audit,
			Messages messages) {
		this.repository = repository;
		this.norms = norms;
		this.units = units;
		this.access = access;
		this.audit = audit;
		this.messages = messages;
	}

	/** The estimates of {@code year} the user may read, with their totals. */
	@Transactional(readOnly = true)
	public List<EstimateRepository.Summary> list(int year) {
		Years.check(year);
		access.requireUser();
		return repository.ofYear(year).stream().filter(s -> access.can(Capability.READ_FUND, s.estimate().unitId())).toList();
	}

	/** The latest year with an estimate (the list page opens on it). */
	@Transactional(readOnly = true)
	public java.util.Optional<Integer> latestYear() {
		return repository.latestYear();
	}

	/** The committee's unit for a year: the version of the code in force on 1 January. */
	@Transactional(readOnly = true)
	public AdminUnit unitOf(String unitCode, int year) {
		if (unitCode == null || unitCode.isBlank()) {
			throw InvalidInputException.of("unitCode", "error.required");
		}
		return units.byCode(unitCode.trim(), LocalDate.of(year, 1, 1))
			.orElseThrow(() -> InvalidInputException.of("unitCode", "error.budget.unknownUnit", unitCode.trim(), year));
	}

	public Estimate create(EstimateInput input) {
		int year = Years.check(input.year());
		AdminUnit unit = unitOf(input.unitCode(), year);
		access.require(Capability.KEEP_FUND, unit.id());
		Checks checks = new Checks();
		Map<BudgetLine, Long> amounts = EstimateInput.amounts(input.lines(), checks);
		checks.require(repository.find(unit.id(), year).isEmpty(), "unitCode", "error.budget.estimateExists", unit.name(), year);
		checks.throwIfAny();
		long id = repository.insert(unit.id(), year, access.requireUser().username(), amounts);
		audit.record("budget_estimate", id, "create", null, amounts);
		return repository.find(id).orElseThrow();
	}

	/** Changes the lines of a draft; an approved estimate is refused (adjust it instead). */
	public Estimate update(long id, Map<String, Long> lines) {
		Estimate estimate = lock(id);
		access.require(Capability.KEEP_FUND, estimate.unitId());
		Checks checks = new Checks();
		Map<BudgetLine, Long> amounts = EstimateInput.amounts(lines, checks);
		checks.require(!estimate.approved(), "status", "error.budget.approvedLocked");
		checks.throwIfAny();
		Map<BudgetLine, Long> before = repository.amounts(id);
		amounts.forEach((line, amount) -> repository.setAmount(id, line, amount));
		audit.record("budget_estimate", id, "update", before, amounts);
		return estimate;
	}

	public Estimate approve(long id) {
		Estimate estimate = lock(id);
		access.require(Capability.APPROVE_FUND, estimate.unitId());
		if (estimate.approved()) {
			throw InvalidInputException.of("status", "error.budget.alreadyApproved");
		}
		repository.approve(id, access.requireUser().username());
		audit.record("budget_estimate", id, "approve", Estimate.Status.DRAFT, Estimate.Status.APPROVED);
		return repository.find(id).orElseThrow();
	}

	/** Changes one line of an approved estimate, keeping the old amount and the reason. */
	public EstimateView adjust(long id, AdjustmentInput input) {
		Estimate estimate = lock(id);
		access.require(Capability.APPROVE_FUND, estimate.unitId());
		BudgetLine line = input.check(estimate);
		long old = repository.amounts(id).getOrDefault(line, 0L);
		repository.setAmount(id, line, input.amount());
		repository.insertAdjustment(id, line, old, input.amount(), input.adjustmentReason().trim(), access.requireUser().username());
		audit.record("budget_estimate", id, "adjust", Map.of(line, old), Map.of(line, input.amount(), "reason", input.adjustmentReason()));
		return view(id);
	}

	/** Records a spending entry; the returned view carries the warning when the line is now over its estimate. */
	public Recorded spend(long id, SpendingInput input) {
		Estimate estimate = lock(id);
		access.require(Capability.KEEP_FUND, estimate.unitId());
		BudgetLine line = input.check(estimate);
		long spendingId = repository.insertSpending(id, input, line, access.requireUser().username());
		audit.record("budget_spending", spendingId, "create", null, input);
		EstimateView view = view(id);
		List<EstimateView.Warning> warnings = view.warnings().stream().filter(w -> w.line() == line && w.kind().equals(OVER)).toList();
		return new Recorded(spendingId, view.lines().get(line.ordinal()), warnings);
	}

	/** A recorded spending entry, its line after the entry and the line's warnings. */
	public record Recorded(long id, EstimateView.LineView line, List<EstimateView.Warning> warnings) {
	}

	@Transactional(readOnly = true)
	public Estimate get(long id) {
		Estimate estimate = repository.find(id).orElseThrow(() -> new NotFoundException("error.budget.estimateNotFound", id));
		access.require(Capability.READ_FUND, estimate.unitId());
		return estimate;
	}

	@Transactional(readOnly = true)
	public EstimateView view(long id) {
		Estimate estimate = get(id);
		Map<BudgetLine, Long> normAmounts = normsOf(estimate);
		Map<BudgetLine, Long> amounts = repository.amounts(id);
		Map<BudgetLine, Long> spent = repository.spentByLine(id);
		List<EstimateView.LineView> lines = new ArrayList<>();
		List<EstimateView.Warning> warnings = new ArrayList<>();
		for (BudgetLine line : BudgetLine.values()) {
			EstimateView.LineView view = EstimateView.LineView.of(line, amounts.getOrDefault(line, 0L), normAmounts.get(line),
					spent.getOrDefault(line, 0L));
			lines.add(view);
			String label = messages.get("budget.line." + line.name());
			if (view.belowNorm()) {
				warnings.add(new EstimateView.Warning(BELOW, line, messages.get("budget.warning.belowNorm", label,
						Money.format(view.amount()), Money.format(view.norm()))));
			}
			if (view.overEstimate()) {
				warnings.add(new EstimateView.Warning(OVER, line, messages.get("budget.warning.overEstimate", label,
						Money.format(view.spent()), Money.format(view.amount()))));
			}
		}
		return new EstimateView(estimate, lines, EstimateView.Totals.of(lines), warnings, repository.adjustments(id),
				repository.spending(id));
	}

	static final String BELOW = "BELOW_NORM";

	static final String OVER = "OVER_ESTIMATE";

	/**
	 * The norm-based minimums of a commune's estimate: its own committee, its areas' work committees and the Great Unity
	 * Day grants. Thông tư 121 sets no norm for district and province committees, so their lines carry none.
	 */
	private Map<BudgetLine, Long> normsOf(Estimate estimate) {
		Map<BudgetLine, Long> map = new EnumMap<>(BudgetLine.class);
		if (estimate.level() != UnitLevel.COMMUNE) {
			return map;
		}
		NormCalculation.CommuneAmounts amounts = norms.forCommune(units.require(estimate.unitId()), estimate.year());
		map.put(BudgetLine.COMMUNE_SUPPORT, amounts.communeMinimum());
		map.put(BudgetLine.AREA_SUPPORT, amounts.areaMinimums());
		map.put(BudgetLine.UNITY_DAY, amounts.unityDayGrants());
		return map;
	}

	private Estimate lock(long id) {
		Estimate estimate = repository.lock(id).orElseThrow(() -> new NotFoundException("error.budget.estimateNotFound", id));
		access.require(Capability.READ_FUND, estimate.unitId());
		return estimate;
	}

}
