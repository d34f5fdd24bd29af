package vn.doanket.activities;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/** The list of festivals: everyone reads it, administrators add and retire festivals. */
@Controller
class FestivalTypePages {

	private final FestivalTypes types;

	private final Messages messages;

	FestivalTypePages(FestivalTypes types, Messages messages) {
		this.types = types;
		this.messages = messages;
	}

	@GetMapping("/activities/festival-types")
	String list(Model model) {
		model.addAttribute("types", types.all());
		return "activities/festival-types";
	}

	@PostMapping("/activities/festival-types")
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String usualTime, RedirectAttributes redirect) {
		try {
			types.add(code, name, usualTime);
			redirect.addFlashAttribute("notice", messages.get("festival.added", name));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/activities/festival-types";
	}

	@PostMapping("/activities/festival-types/{id}/active")
	String setActive(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active) {
		types.setActive(id, active);
		return "redirect:/activities/festival-types";
	}

}
