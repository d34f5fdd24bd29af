package vn.doanket.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/** The indicator catalog: everyone signed in reads it; administrators of the national catalog define indicators. */
@Controller
class IndicatorSettingsPages {

	private final IndicatorSettings settings;

	private final AccessPolicy access;

	private final Messages messages;

	IndicatorSettingsPages(IndicatorSettings settings, AccessPolicy access, Messages messages) {
		this.settings = settings;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reporting/indicators")
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("rows", settings.overview(q));
		model.addAttribute("q", q);
		model.addAttribute("canEdit", access.canNationally(Capability.MANAGE_INDICATORS));
		return "reporting/indicators";
	}

	@GetMapping("/reporting/indicators/new")
	String newIndicator(Model model) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		return form(model, new IndicatorInput("", "", "", "INTEGER", "SUM", null, false, null), null);
	}

	@GetMapping("/reporting/indicators/{code}")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("usage", settings.usage(code));
		return form(model, settings.input(code), code);
	}

	@PostMapping("/reporting/indicators")
	String create(@ModelAttribute IndicatorInput input, Model model, RedirectAttributes redirect) {
		try {
			Indicator created = settings.create(input);
			redirect.addFlashAttribute("notice", messages.get("indicator.saved", created.code()));
			return "redirect:/reporting/indicators";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", messages.byField(ex.problems()));
			return form(model, input, null);
		}
	}

	@PostMapping("/reporting/indicators/{code}")
	String update(@PathVariable String code, @ModelAttribute IndicatorInput input, Model model, RedirectAttributes redirect) {
		try {
			Indicator saved = settings.update(code, input);
			redirect.addFlashAttribute("notice", messages.get("indicator.saved", saved.code()));
			return "redirect:/reporting/indicators";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", messages.byField(ex.problems()));
			model.addAttribute("usage", settings.usage(code));
			return form(model, input, code);
		}
	}

	@PostMapping("/reporting/indicators/{code}/delete")
	String delete(@PathVariable String code, RedirectAttributes redirect) {
		try {
			settings.delete(code);
			redirect.addFlashAttribute("notice", messages.get("indicator.deleted", code));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reporting/indicators";
	}

	private String form(Model model, IndicatorInput input, String existingCode) {
		model.addAttribute("input", input);
		model.addAttribute("existingCode", existingCode);
		model.addAttribute("valueTypes", ValueType.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("canEdit", access.canNationally(Capability.MANAGE_INDICATORS));
		return "reporting/indicator-form";
	}

}
