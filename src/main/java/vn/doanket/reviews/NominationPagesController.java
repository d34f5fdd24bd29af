package vn.doanket.reviews;

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
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Page: the year's nominations for commendation made by a unit and the units below it, and a form to propose one. */
@Controller
class NominationPagesController {

	private final Units units;

	private final Nominations nominations;

	private final AccessPolicy access;

	private final Messages messages;

	NominationPagesController(Units units, Nominations nominations, AccessPolicy access, Messages messages) {
		this.units = units;
		this.nominations = nominations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reviews/nominations")
	String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		Nominations.NominationInput blank = new Nominations.NominationInput(year, "COLLECTIVE", "", selected.code(), "", "");
		return show(selected, year, blank, Map.of(), model);
	}

	@PostMapping("/reviews/nominations")
	String nominate(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String supportingData, Model model, RedirectAttributes redirect) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		Nominations.NominationInput input = new Nominations.NominationInput(year, kind, name, unitCode, reason, supportingData);
		try {
			Nominations.Nomination created = nominations.nominate(selected, input);
			redirect.addFlashAttribute("notice", messages.get("nominationsPage.saved", created.name()));
			return "redirect:/reviews/nominations?unit=" + selected.id() + "&year=" + year;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formErrors", messages.describe(ex.problems()));
			return show(selected, year, input, messages.byField(ex.problems()), model);
		}
	}

	private String show(AdminUnit unit, int year, Nominations.NominationInput input, Map<String, String> errors, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("nominations", nominations.under(unit, year));
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("canNominate", access.can(Capability.ENTER_DATA, unit.id()));
		return "reviews/nominations";
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

}
