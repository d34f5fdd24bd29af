package vn.doanket.reviews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Pages: the survey rounds of a unit, and the result of one round by residential area. */
@Controller
class SurveyPagesController {

	private final Units units;

	private final SatisfactionSurveys surveys;

	private final AccessPolicy access;

	SurveyPagesController(Units units, SatisfactionSurveys surveys, AccessPolicy access) {
		this.units = units;
		this.surveys = surveys;
		this.access = access;
	}

	@GetMapping("/reviews/surveys")
	String list(@RequestParam(required = false) Long unit, Model model) {
		AdminUnit selected = unit == null ? home() : units.byId(unit).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", unit));
		model.addAttribute("unit", selected);
		model.addAttribute("rounds", surveys.under(selected));
		return "reviews/surveys";
	}

	@GetMapping("/reviews/surveys/{id}")
	String round(@PathVariable long id, Model model) {
		model.addAttribute("round", surveys.get(id));
		return "reviews/survey";
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow()
				: units.byId(user.scopeUnitId()).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", user.scopeUnitId()));
	}

}
