package vn.doanket.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Pages: the survey rounds of a unit, and the result of one round by residential area. */
@Controller
class SurveyPagesController {

	private final Units units;

	private final SatisfactionSurveys surveys;

	private final AccessPolicy access;

	private final Messages messages;

	SurveyPagesController(Units units, SatisfactionSurveys surveys, AccessPolicy access, Messages messages) {
		this.messages = messages;
		this.units = units;
		this.surveys = surveys;
		this.access = access;
	}

	@GetMapping("/reviews/surveys")
	String list(@RequestParam(required = false) Long unit, Model model) {
		AdminUnit selected = unit == null ? home() : units.byId(unit).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", unit));
		model.addAttribute("unit", selected);
		model.addAttribute("rounds", surveys.under(selected));
		model.addAttribute("templates", surveys.templates());
		model.addAttribute("canOpen", access.can(Capability.MANAGE_INDICATORS, selected.id()));
		return "reviews/surveys";
	}

	@GetMapping("/reviews/surveys/{id}")
	String round(@PathVariable long id, Model model) {
		SurveyRound round = surveys.get(id);
		model.addAttribute("round", round);
		model.addAttribute("canEnter", access.can(Capability.ENTER_DATA, round.unitId()));
		return "reviews/survey";
	}

	/** The tally of one area from the page: households surveyed and, for each option, its count (blank counts as 0). */
	@PostMapping("/reviews/surveys/{id}/tallies")
	String tally(@PathVariable long id, @RequestParam(required = false) Long areaId, @RequestParam(required = false) String householdsSurveyed,
			@RequestParam(required = false) List<Long> option, @RequestParam(required = false) List<String> count, RedirectAttributes redirect) {
		Map<Long, Integer> answers = new LinkedHashMap<>();
		for (int i = 0; option != null && count != null && i < Math.min(option.size(), count.size()); i++) {
			String value = count.get(i).strip();
			answers.put(option.get(i), value.isEmpty() ? 0 : value.matches("-?\\d{1,9}") ? Integer.parseInt(value) : -1);
		}
		Integer surveyed = householdsSurveyed == null || !householdsSurveyed.strip().matches("-?\\d{1,9}") ? null
				: Integer.parseInt(householdsSurveyed.strip());
		try {
			surveys.enterTally(id, areaId, new SurveyInputs.Tally(surveyed, answers));
			redirect.addFlashAttribute("notice", messages.get("surveys.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reviews/surveys/" + id;
	}

	/** One ballot from the page: the area and, per question, the chosen option in the field {@code q<question id>}. */
	@PostMapping("/reviews/surveys/{id}/ballots")
	String ballot(@PathVariable long id, @RequestParam(required = false) Long areaId, @RequestParam Map<String, String> fields,
			RedirectAttributes redirect) {
		Map<Long, Long> answers = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.matches("q\\d{1,18}") && value != null && value.strip().matches("\\d{1,18}")) {
				answers.put(Long.parseLong(name.substring(1)), Long.parseLong(value.strip()));
			}
		});
		try {
			surveys.enterBallot(id, areaId, answers);
			redirect.addFlashAttribute("notice", messages.get("surveys.ballotSaved"));
			redirect.addFlashAttribute("lastArea", areaId);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reviews/surveys/" + id;
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow()
				: units.byId(user.scopeUnitId()).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", user.scopeUnitId()));
	}

}
