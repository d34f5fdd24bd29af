package vn.doanket.reviews;

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

/** The review report page: the figures, the narrative the officer edits, and the Word download. */
@Controller
class ReviewReportController {

	private final Units units;

	private final ReviewReports reports;

	private final AccessPolicy access;

	private final Messages messages;

	ReviewReportController(Units units, ReviewReports reports, AccessPolicy access, Messages messages) {
		this.units = units;
		this.reports = reports;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reviews/report")
	String report(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		model.addAttribute("report", reports.build(selected, year));
		model.addAttribute("canEdit", access.can(Capability.APPROVE_DATA, selected.id()));
		return "reviews/report";
	}

	@PostMapping("/reviews/report/narrative")
	String narrative(@RequestParam long unit, @RequestParam(defaultValue = "2023") int year, @RequestParam(required = false) String section,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			reports.editNarrative(unit(unit), year, section, text);
			redirect.addFlashAttribute("notice", messages.get("reviewReport.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reviews/report?unit=" + unit + "&year=" + year;
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

}
