package vn.doanket.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;
import vn.doanket.shared.TypedValues;

/** A province's norms for a year: shown to who may read the province, editable by who approves its budget. */
@Controller
class NormPagesController {

	static final String[] FIELDS = { "communeMinimum", "areaBase", "areaThreshold", "areaStepHouseholds", "areaStepAmount",
			"difficultBonus", "unityDayGrant" };

	private final NormSettings settings;

	private final Estimates estimates;

	private final Units units;

	private final AccessPolicy access;

	private final Messages messages;

	private final Clock clock;

	NormPagesController(NormSettings settings, Estimates estimates, Units units, AccessPolicy access, Messages messages, Clock clock) {
		this.settings = settings;
		this.estimates = estimates;
		this.units = units;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/budget/norms")
	String norms(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? estimates.latestYear().orElse(LocalDate.now(clock).getYear()) : Years.check(year);
		String code = province == null || province.isBlank() ? defaultProvince() : province.trim();
		model.addAttribute("year", y);
		model.addAttribute("province", code);
		model.addAttribute("fields", FIELDS);
		if (code == null) {
			model.addAttribute("norms", null);
			return "budget/norms";
		}
		AdminUnit unit = estimates.unitOf(code, y);
		NormSettings.ProvinceNorms norms = settings.get(unit, y);
		model.addAttribute("norms", norms);
		model.addAttribute("canEdit", access.can(Capability.APPROVE_FUND, unit.id()));
		model.addAttribute("difficult", settings.difficultCommunes(unit));
		if (!model.containsAttribute("form")) {
			BudgetNorms n = norms.norms();
			model.addAttribute("form", Map.of("communeMinimum", n.communeMinimum(), "areaBase", n.areaBase(), "areaThreshold",
					n.areaThreshold(), "areaStepHouseholds", n.areaStepHouseholds(), "areaStepAmount", n.areaStepAmount(),
					"difficultBonus", n.difficultBonus(), "unityDayGrant", n.unityDayGrant()));
			model.addAttribute("errors", Map.of());
		}
		return "budget/norms";
	}

	@PostMapping("/budget/norms")
	String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String province = form.getOrDefault("province", "").trim();
		String year = form.getOrDefault("year", "").trim();
		try {
			int y = Years.check(TypedValues.number(year, "year"));
			NormInput input = new NormInput(TypedValues.amount(form.get("communeMinimum"), "communeMinimum"),
					TypedValues.amount(form.get("areaBase"), "areaBase"), TypedValues.number(form.get("areaThreshold"), "areaThreshold"),
					TypedValues.number(form.get("areaStepHouseholds"), "areaStepHouseholds"),
					TypedValues.amount(form.get("areaStepAmount"), "areaStepAmount"),
					TypedValues.amount(form.get("difficultBonus"), "difficultBonus"),
					TypedValues.amount(form.get("unityDayGrant"), "unityDayGrant"));
			settings.save(estimates.unitOf(province, y), y, input);
			redirect.addFlashAttribute("notice", messages.get("budget.normsSaved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("form", form);
			redirect.addFlashAttribute("errors", messages.byField(ex.problems()));
		}
		return "redirect:/budget/norms?province=" + province.replaceAll("[^0-9]", "") + "&year=" + year.replaceAll("[^0-9]", "");
	}

	@PostMapping("/budget/norms/difficult")
	String markDifficult(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return difficult(form, true, redirect);
	}

	@PostMapping("/budget/norms/difficult/delete")
	String unmarkDifficult(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return difficult(form, false, redirect);
	}

	private String difficult(Map<String, String> form, boolean difficult, RedirectAttributes redirect) {
		String province = form.getOrDefault("province", "").trim();
		String year = form.getOrDefault("year", "").trim();
		try {
			int y = Years.check(TypedValues.number(year, "year"));
			settings.markDifficult(estimates.unitOf(province, y), estimates.unitOf(form.get("communeCode"), y), difficult);
			redirect.addFlashAttribute("notice", messages.get(difficult ? "budget.difficultAdded" : "budget.difficultRemoved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
		}
		return "redirect:/budget/norms?province=" + province.replaceAll("[^0-9]", "") + "&year=" + year.replaceAll("[^0-9]", "");
	}

	/** The province of the user's scope (none for national users, who choose one). */
	private String defaultProvince() {
		CurrentUser user = access.requireUser();
		if (user.scopeUnitId() == null) {
			return null;
		}
		AdminUnit scope = units.require(user.scopeUnitId());
		return units.ancestors(scope).stream().findFirst().orElse(scope).code();
	}

}
