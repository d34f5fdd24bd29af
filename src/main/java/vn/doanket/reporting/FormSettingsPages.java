package vn.doanket.reporting;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/**
 * Report forms: the list, a new form, and the editor where each change (header, a section, an indicator, a rule) is
 * checked against the whole form and saved at once, or refused with the reason.
 */
@Controller
class FormSettingsPages {

	private final FormSettings settings;

	private final IndicatorCatalog catalog;

	private final AccessPolicy access;

	private final Messages messages;

	FormSettingsPages(FormSettings settings, IndicatorCatalog catalog, AccessPolicy access, Messages messages) {
		this.settings = settings;
		this.catalog = catalog;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reporting/forms")
	String list(Model model) {
		model.addAttribute("forms", catalog.forms());
		model.addAttribute("canEdit", access.canNationally(Capability.MANAGE_INDICATORS));
		model.addAttribute("periodTypes", PeriodType.values());
		model.addAttribute("levels", ReportForm.LEVEL_NAMES);
		return "reporting/forms";
	}

	@PostMapping("/reporting/forms")
	String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameVi,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String periodType,
			@RequestParam(required = false) List<String> levels, @RequestParam(required = false) Integer deadlineDay,
			@RequestParam(required = false) String sectionTitle, RedirectAttributes redirect) {
		FormDefinition definition = new FormDefinition(code, nameVi, nameEn, periodType, levels, deadlineDay,
				List.of(new FormDefinition.SectionDefinition(sectionTitle, null, List.of())), List.of());
		try {
			ReportForm created = settings.create(definition);
			redirect.addFlashAttribute("notice", messages.get("form.saved", created.code()));
			return "redirect:/reporting/forms/" + created.code();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			return "redirect:/reporting/forms";
		}
	}

	@GetMapping("/reporting/forms/{code}")
	String edit(@PathVariable String code, Model model) {
		ReportForm form = catalog.form(code);
		model.addAttribute("form", form);
		model.addAttribute("reports", settings.reports(code));
		model.addAttribute("indicators", catalog.indicators().stream().filter(i -> form.item(i.code()).isEmpty()).toList());
		model.addAttribute("canEdit", access.canNationally(Capability.MANAGE_INDICATORS));
		model.addAttribute("periodTypes", PeriodType.values());
		model.addAttribute("levels", ReportForm.LEVEL_NAMES);
		return "reporting/form-editor";
	}

	@PostMapping("/reporting/forms/{code}/header")
	String header(@PathVariable String code, @RequestParam(required = false) String nameVi,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String periodType,
			@RequestParam(required = false) List<String> levels, @RequestParam(required = false) Integer deadlineDay,
			RedirectAttributes redirect) {
		return change(code, d -> d.withHeader(nameVi, nameEn, periodType, levels, deadlineDay), redirect);
	}

	@PostMapping("/reporting/forms/{code}/sections")
	String addSection(@PathVariable String code, @RequestParam(required = false) String titleVi,
			@RequestParam(required = false) String titleEn, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.addSection(d, titleVi, titleEn), redirect);
	}

	@PostMapping("/reporting/forms/{code}/sections/{number}")
	String renameSection(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String titleVi,
			@RequestParam(required = false) String titleEn, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.renameSection(d, number, titleVi, titleEn), redirect);
	}

	@PostMapping("/reporting/forms/{code}/sections/{number}/move")
	String moveSection(@PathVariable String code, @PathVariable int number, @RequestParam(defaultValue = "up") String direction,
			RedirectAttributes redirect) {
		return change(code, d -> FormEdits.moveSection(d, number, "up".equals(direction)), redirect);
	}

	@PostMapping("/reporting/forms/{code}/sections/{number}/delete")
	String deleteSection(@PathVariable String code, @PathVariable int number, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.deleteSection(d, number), redirect);
	}

	@PostMapping("/reporting/forms/{code}/sections/{number}/items")
	String addItem(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String indicator,
			@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.addItem(d, number, indicator, required), redirect);
	}

	@PostMapping("/reporting/forms/{code}/items/{indicator}/required")
	String setRequired(@PathVariable String code, @PathVariable String indicator,
			@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.setRequired(d, indicator, required), redirect);
	}

	@PostMapping("/reporting/forms/{code}/items/{indicator}/delete")
	String removeItem(@PathVariable String code, @PathVariable String indicator, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.removeItem(d, indicator), redirect);
	}

	@PostMapping("/reporting/forms/{code}/rules")
	String addRule(@PathVariable String code, @RequestParam(required = false) String left,
			@RequestParam(required = false) String operator, @RequestParam(required = false) String right,
			RedirectAttributes redirect) {
		return change(code, d -> FormEdits.addRule(d, left, operator, right), redirect);
	}

	@PostMapping("/reporting/forms/{code}/rules/{number}/delete")
	String deleteRule(@PathVariable String code, @PathVariable int number, RedirectAttributes redirect) {
		return change(code, d -> FormEdits.deleteRule(d, number), redirect);
	}

	@PostMapping("/reporting/forms/{code}/delete")
	String delete(@PathVariable String code, RedirectAttributes redirect) {
		try {
			settings.delete(code);
			redirect.addFlashAttribute("notice", messages.get("form.deleted", code));
			return "redirect:/reporting/forms";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			return "redirect:/reporting/forms/" + catalog.form(code).code();
		}
	}

	private String change(String code, UnaryOperator<FormDefinition> edit, RedirectAttributes redirect) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		ReportForm form = catalog.form(code);
		try {
			settings.update(form.code(), edit.apply(FormDefinition.of(form)));
			redirect.addFlashAttribute("notice", messages.get("form.saved", form.code()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reporting/forms/" + form.code();
	}

}
