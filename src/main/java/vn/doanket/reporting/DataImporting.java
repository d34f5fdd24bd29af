package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.MemberOrganization;
import vn.doanket.front.ResidentialArea;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;

/**
 * Imports many values of one form at once, or nothing: every row is checked first and every problem is listed with
 * its row and column; a unit outside the user's scope refuses the whole file (403). A row with an {@code area} is a
 * value of that residential area of the commune named in {@code unit} (the commune's officers enter it). Sending the
 * same file again changes nothing and records nothing.
 */
@Service
@Transactional
public class DataImporting {

	/** What an import did: rows read and values that really changed. */
	public record Summary(int rows, int changed) {
	}

	private final IndicatorCatalog catalog;

	private final ReportTargets targets;

	private final CellReader cells;

	private final ValueWriting writing;

	private final AccessPolicy access;

	private final AreaTargets areas;

	DataImporting(IndicatorCatalog catalog, ReportTargets targets, CellReader cells, ValueWriting writing, AccessPolicy access,
			AreaTargets areas) {
		this.areas = areas;
		this.catalog = catalog;
		this.targets = targets;
		this.cells = cells;
		this.writing = writing;
		this.access = access;
	}

	public Summary importRows(String formCode, List<ImportRow> rows) {
		CurrentUser user = access.requireUser();
		if (formCode == null || formCode.isBlank()) {
			throw InvalidInputException.of("form", "error.required");
		}
		ReportForm form = catalog.form(formCode.strip());
		if (rows.isEmpty()) {
			throw InvalidInputException.of("file", "error.file.noRows");
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, MemberOrganization> orgs = cells.organisations();
		Map<String, Optional<AdminUnit>> unitCache = new HashMap<>();
		Set<String> seen = new HashSet<>();
		AreaTargets.Cache areaCache = new AreaTargets.Cache();
		List<ValueWriting.Cell> read = new ArrayList<>();
		for (ImportRow row : rows) {
			Period period = period(row, problems);
			if (period == null) {
				continue;
			}
			if (!form.uses(period)) {
				problems.add(Problem.cell(row.row(), "period", "error.report.periodNotUsed", period.id(), form.nameVi()));
				continue;
			}
			String unitCode = row.unit() == null ? "" : row.unit().strip();
			Optional<AdminUnit> unit = unitCache.computeIfAbsent(unitCode + "@" + period.id(), k -> targets.unit(unitCode, period));
			if (unit.isEmpty()) {
				problems.add(Problem.cell(row.row(), "unit", unitCode.isEmpty() ? "error.required" : "error.report.unitNotFound", unitCode));
				continue;
			}
			if (!access.can(Capability.ENTER_DATA, unit.get().id())) {
				throw new AccessDeniedException("row " + row.row() + ": unit " + unitCode);
			}
			ResidentialArea area = null;
			if (row.area() != null && !row.area().isBlank()) {
				Optional<ResidentialArea> found = areas.of(form, unit.get(), row.row(), row.area(), areaCache, problems);
				if (found.isEmpty()) {
					continue;
				}
				area = found.get();
			}
			else {
				Optional<Problem> level = ReportTargets.problemsOf(form, unit.get());
				if (level.isPresent()) {
					problems.add(level.get().atRow(row.row()));
					continue;
				}
			}
			ReportTarget target = new ReportTarget(form, unit.get(), period, area);
			cells.read(row.row(), target, row.indicator(), row.memberOrg(), row.value(), orgs, problems).ifPresent(cell -> {
				if (!CellReader.ownOrganisation(user, cell)) {
					throw new AccessDeniedException("row " + row.row() + ": member organisation " + row.memberOrg());
				}
				if (!seen.add(ValueWriting.describe(cell.key()))) {
					problems.add(Problem.cell(row.row(), "indicator", "error.report.duplicateInFile", cell.indicator().code(),
							target.area() == null ? unitCode : target.area().name() + " (" + unitCode + ")", period.id()));
				}
				else {
					read.add(cell);
				}
			});
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing((Problem p) -> p.row() == null ? 0 : p.row()));
			throw new InvalidInputException(problems);
		}
		return new Summary(rows.size(), writing.write(read).size());
	}

	private static Period period(ImportRow row, List<Problem> problems) {
		try {
			return Period.parse(row.period());
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> problems.add(p.atRow(row.row())));
			return null;
		}
	}

}
