package vn.doanket.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.FrontCommittees;
import vn.doanket.front.MemberOrganization;
import vn.doanket.shared.Problem;

/**
 * Turns the texts of one value (indicator code, member organisation code, value) into a cell of a report, or adds
 * problems naming the row and column: unknown indicator or one not on the form, an organisation where the indicator
 * has none (or none where it needs one), and values that do not fit the indicator's type.
 */
@Component
class CellReader {

	private final FrontCommittees front;

	CellReader(FrontCommittees front) {
		this.front = front;
	}

	/** The member organisations by upper-case code. */
	Map<String, MemberOrganization> organisations() {
		return front.memberOrganizations().stream().collect(Collectors.toMap(o -> o.code().toUpperCase(), Function.identity()));
	}

	Optional<ValueWriting.Cell> read(Integer row, ReportTarget target, String indicatorCode, String orgCode, String raw,
			Map<String, MemberOrganization> orgs, List<Problem> problems) {
		Optional<ReportForm.Item> item = target.form().item(indicatorCode == null ? "" : indicatorCode.strip());
		if (item.isEmpty()) {
			problems.add(problem(row, "indicator", indicatorCode == null || indicatorCode.isBlank() ? "error.required"
					: "error.report.indicatorNotOnForm", indicatorCode, target.form().nameVi()));
			return Optional.empty();
		}
		Indicator indicator = item.get().indicator();
		long orgId = 0;
		String org = orgCode == null ? "" : orgCode.strip().toUpperCase();
		if (indicator.byMemberOrg()) {
			MemberOrganization found = orgs.get(org);
			if (found == null) {
				problems.add(problem(row, "memberOrg", org.isEmpty() ? "error.report.memberOrgRequired" : "error.report.memberOrgUnknown",
						org.isEmpty() ? indicator.nameVi() : org));
				return Optional.empty();
			}
			orgId = found.id();
		}
		else if (!org.isEmpty()) {
			problems.add(problem(row, "memberOrg", "error.report.memberOrgNotUsed", indicator.nameVi()));
			return Optional.empty();
		}
		ValueParser.Parsed parsed = ValueParser.parse(indicator.valueType(), raw);
		if (!parsed.ok()) {
			Object[] args = new Object[parsed.args().length + 1];
			args[0] = indicator.nameVi();
			System.arraycopy(parsed.args(), 0, args, 1, parsed.args().length);
			problems.add(problem(row, "value", parsed.problem(), args));
			return Optional.empty();
		}
		return Optional.of(new ValueWriting.Cell(row, target, indicator, orgId, parsed));
	}

	/** Whether the user may write this cell's organisation: an organisation's officer writes only its own items. */
	static boolean ownOrganisation(CurrentUser user, ValueWriting.Cell cell) {
		return user.memberOrgId() == null || user.memberOrgId() == cell.memberOrgId();
	}

	private static Problem problem(Integer row, String field, String code, Object... args) {
		return row == null ? Problem.field(field, code, args) : Problem.cell(row, field, code, args);
	}

}
