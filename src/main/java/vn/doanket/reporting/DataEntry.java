package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import vn.doanket.units.UnitLevel;

/** Entering a report's values one by one (the entry page saves each field as it is left). */
@Service
@Transactional
public class DataEntry {

	private final ReportTargets targets;

	private final CellReader cells;

	private final ValueWriting writing;

	private final ReportValues values;

	private final SubmissionRepository submissions;

	private final AccessPolicy access;

	private final AreaTargets areaTargets;

	DataEntry(ReportTargets targets, CellReader cells, ValueWriting writing, ReportValues values, SubmissionRepository submissions,
			AccessPolicy access, AreaTargets areaTargets) {
		this.areaTargets = areaTargets;
		this.targets = targets;
		this.cells = cells;
		this.writing = writing;
		this.values = values;
		this.submissions = submissions;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public ReportView view(String formCode, String unitCode, String periodId, String areaId) {
		ReportTarget target = target(formCode, unitCode, periodId, areaId);
		access.require(Capability.READ, target.unit().id());
		ReportValues.Values stored = values.of(target.unit().id(), target.areaId(), target.period().id());
		List<MemberOrganization> orgs = cells.organisations().values().stream()
			.filter(MemberOrganization::politicalSocial)
			.sorted(java.util.Comparator.comparingInt(MemberOrganization::sortOrder))
			.toList();
		List<ReportView.Line> lines = new ArrayList<>();
		for (ReportForm.Section section : target.form().sections()) {
			for (ReportForm.Item item : section.items()) {
				Indicator indicator = item.indicator();
				if (indicator.byMemberOrg()) {
					for (MemberOrganization org : orgs) {
						lines.add(new ReportView.Line(section.titleVi(), indicator, item.required(), org.code(), org.shortName(),
								shown(indicator, stored.get(indicator.id(), org.id()))));
					}
				}
				else {
					lines.add(new ReportView.Line(section.titleVi(), indicator, item.required(), null, null,
							shown(indicator, stored.get(indicator.id(), 0))));
				}
			}
		}
		Submission submission = submissions.find(target.form().id(), target.unit().id(), target.period().id());
		boolean editable = !submission.status().locked() && access.can(Capability.ENTER_DATA, target.unit().id());
		boolean canApprove = target.area() == null && target.unit().parentId() != null
				&& access.can(Capability.APPROVE_DATA, target.unit().parentId());
		List<ResidentialArea> commune = target.form().areaLevel() && target.unit().level() == UnitLevel.COMMUNE
				? List.copyOf(areaTargets.areasOf(target.unit(), new AreaTargets.Cache()).values()).stream()
					.sorted(java.util.Comparator.comparing(ResidentialArea::name))
					.toList()
				: List.of();
		return new ReportView(target.form(), target.unit(), target.period(), submission, lines, editable, canApprove, target.area(),
				commune);
	}

	/**
	 * Saves one value (an empty text removes it).
	 * @return the value as stored, formatted for display
	 */
	public String save(String formCode, String unitCode, String periodId, String areaId, String indicatorCode, String memberOrgCode,
			String raw) {
		ReportTarget target = target(formCode, unitCode, periodId, areaId);
		access.require(Capability.ENTER_DATA, target.unit().id());
		List<Problem> problems = new ArrayList<>();
		Map<String, MemberOrganization> orgs = cells.organisations();
		ValueWriting.Cell cell = cells.read(null, target, indicatorCode, memberOrgCode, raw, orgs, problems).orElse(null);
		if (cell == null) {
			throw new InvalidInputException(problems);
		}
		CurrentUser user = access.requireUser();
		if (!CellReader.ownOrganisation(user, cell)) {
			throw new AccessDeniedException("member organisation " + memberOrgCode);
		}
		writing.write(List.of(cell));
		return shown(cell.indicator(), cell.stored());
	}

	/** The report of the unit, or of one of its residential areas when {@code areaId} is given. */
	private ReportTarget target(String formCode, String unitCode, String periodId, String areaId) {
		ReportTarget target = targets.resolve(formCode, unitCode, periodId);
		if (areaId == null || areaId.isBlank()) {
			return target;
		}
		List<Problem> problems = new ArrayList<>();
		ResidentialArea area = areaTargets.of(target.form(), target.unit(), 1, areaId, new AreaTargets.Cache(), problems)
			.orElseThrow(() -> new InvalidInputException(problems.stream().map(p -> Problem.field(p.field(), p.code(), p.args())).toList()));
		return new ReportTarget(target.form(), target.unit(), target.period(), area);
	}

	static String shown(Indicator indicator, ValueStore.Stored stored) {
		if (stored == null) {
			return "";
		}
		if (indicator.valueType() == ValueType.YES_NO) {
			return stored.number() == null ? "" : stored.number().signum() > 0 ? "có" : "không";
		}
		return ValueParser.format(indicator.valueType(), stored.number(), stored.text());
	}

}
