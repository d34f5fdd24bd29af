package vn.doanket.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Resolves a form code, a unit code and a period identifier into a report, with every problem named: the unit is the
 * one carrying the code at the end of the period (codes are reused across the 2025 reform).
 */
@Component
class ReportTargets {

	private final IndicatorCatalog catalog;

	private final Units units;

	ReportTargets(IndicatorCatalog catalog, Units units) {
		this.catalog = catalog;
		this.units = units;
	}

	ReportTarget resolve(String formCode, String unitCode, String periodId) {
		ReportForm form = catalog.form(formCode);
		Period period = Period.parse(periodId);
		Checks checks = new Checks();
		problemsOf(form, period).forEach(checks::add);
		checks.throwIfAny();
		AdminUnit unit = unit(unitCode, period).orElseThrow(() -> new NotFoundException("error.report.unitNotFound", unitCode));
		problemsOf(form, unit).ifPresent(p -> {
			throw new InvalidInputException(List.of(p));
		});
		return new ReportTarget(form, unit, period);
	}

	Optional<AdminUnit> unit(String code, Period period) {
		return code == null || code.isBlank() ? Optional.empty() : units.byCode(code.strip(), period.end());
	}

	static List<Problem> problemsOf(ReportForm form, Period period) {
		return form.uses(period) ? List.of()
				: List.of(Problem.field("period", "error.report.periodNotUsed", period.id(), form.nameVi()));
	}

	static Optional<Problem> problemsOf(ReportForm form, AdminUnit unit) {
		return form.appliesTo(unit.level()) ? Optional.empty()
				: Optional.of(Problem.field("unit", "error.report.levelNotUsed", unit.name(), form.nameVi()));
	}

}
