package vn.doanket.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/**
 * The entry page of one report: each field is saved by htmx when it changes and answers with its own message; the
 * workflow buttons post and come back to the page.
 */
@Controller
class ReportEntryController {

	private static final String BASE = "/reporting/reports/{form}/{unit}/{period}";

	private final DataEntry entry;

	private final ReportWorkflow workflow;

	private final Messages messages;

	ReportEntryController(DataEntry entry, ReportWorkflow workflow, Messages messages) {
		this.entry = entry;
		this.workflow = workflow;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String page(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestParam(required = false) String area, Model model) {
		model.addAttribute("report", entry.view(form, unit, period, area));
		return "reporting/entry";
	}

	/** Saves one field; answers the field's feedback fragment (200 even for a refused value, so htmx shows it). */
	@PostMapping(BASE + "/values")
	String save(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String field,
			@RequestParam(required = false) String value, Model model) {
		String name = field == null ? "" : field;
		int split = name.indexOf("__");
		String indicator = split < 0 ? name : name.substring(0, split);
		String org = split < 0 ? null : name.substring(split + 2);
		try {
			String shown = entry.save(form, unit, period, area, indicator, org, value);
			model.addAttribute("ok", true);
			model.addAttribute("message", shown.isEmpty() ? messages.get("report.cleared") : messages.get("report.saved"));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("ok", false);
			model.addAttribute("message", String.join("; ", ex.problems().stream().map(p -> messages.get(p.code(), p.args())).toList()));
		}
		return "reporting/entry :: feedback";
	}

	@PostMapping(BASE + "/submit")
	String submit(@PathVariable String form, @PathVariable String unit, @PathVariable String period, RedirectAttributes redirect) {
		return decide(form, unit, period, redirect, "report.submitted", () -> workflow.submit(form, unit, period));
	}

	@PostMapping(BASE + "/approve")
	String approve(@PathVariable String form, @PathVariable String unit, @PathVariable String period, RedirectAttributes redirect) {
		return decide(form, unit, period, redirect, "report.approved", () -> workflow.approve(form, unit, period));
	}

	@PostMapping(BASE + "/return")
	String returnReport(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return decide(form, unit, period, redirect, "report.returned", () -> workflow.returnForCorrection(form, unit, period, comment));
	}

	@PostMapping(BASE + "/unlock")
	String unlock(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return decide(form, unit, period, redirect, "report.unlocked", () -> workflow.unlock(form, unit, period, comment));
	}

	private String decide(String form, String unit, String period, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", messages.get(notice));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reporting/reports/" + form + "/" + unit + "/" + period;
	}

}
