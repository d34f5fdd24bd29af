package vn.doanket.fund;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

/** A fund's statement mappings: the presets and its own, created and edited column by column, deleted after confirmation. */
@Controller
class MappingPagesController {

	private final Funds funds;

	private final SavedMappings mappings;

	private final AccessPolicy access;

	private final Messages messages;

	MappingPagesController(Funds funds, SavedMappings mappings, AccessPolicy access, Messages messages) {
		this.funds = funds;
		this.mappings = mappings;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * The mapping form as typed: {@code amountMode} is {@code split} (credit and debit columns) or {@code signed} (one
	 * column); the columns of the other mode are ignored.
	 */
	record MappingForm(String name, String delimiter, String date, String datePattern, String time, String timePattern,
			String amountMode, String credit, String debit, String signedAmount, String thousandsSeparator,
			String description, String reference, String balance, String counterAccount) {

		static MappingForm of(MappingInput in, String name) {
			boolean signed = in.signedAmount() != null && !in.signedAmount().isBlank();
			return new MappingForm(name, in.delimiter(), in.date(), in.datePattern(), in.time(), in.timePattern(),
					signed ? "signed" : "split", in.credit(), in.debit(), in.signedAmount(), in.thousandsSeparator(),
					in.description(), in.reference(), in.balance(), in.counterAccount());
		}

		MappingInput toInput() {
			boolean signed = "signed".equals(amountMode);
			return new MappingInput(name, delimiter, date, datePattern, time, timePattern, signed ? null : credit,
					signed ? null : debit, signed ? signedAmount : null, thousandsSeparator, description, reference, balance,
					counterAccount);
		}

	}

	@GetMapping("/fund/{id}/mappings")
	String list(@PathVariable long id, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("mappings", mappings.list(id));
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		return "fund/mappings";
	}

	/** A new mapping, empty or copied from a preset or another mapping of the fund ({@code from}: its name). */
	@GetMapping("/fund/{id}/mappings/new")
	String newMapping(@PathVariable long id, @RequestParam(required = false) String from, Model model) {
		Fund fund = funds.get(id);
		access.require(Capability.KEEP_FUND, fund.unitId());
		MappingForm form = mappings.list(id)
			.stream()
			.filter(m -> m.name().equals(from))
			.findFirst()
			.map(m -> MappingForm.of(m.input(), ""))
			.orElse(new MappingForm("", ",", "", "dd/MM/yyyy", "", "", "split", "", "", "", ".", "", "", "", ""));
		return form(model, fund, null, form, Map.of());
	}

	@PostMapping("/fund/{id}/mappings/new")
	String create(@PathVariable long id, MappingForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return save(id, null, form, model, response, redirect);
	}

	@GetMapping("/fund/mappings/{mappingId}")
	String edit(@PathVariable long mappingId, Model model) {
		SavedMapping mapping = mappings.get(mappingId);
		Fund fund = funds.get(mapping.fundId());
		access.require(Capability.KEEP_FUND, fund.unitId());
		return form(model, fund, mapping, MappingForm.of(mapping.input(), mapping.name()), Map.of());
	}

	@PostMapping("/fund/mappings/{mappingId}")
	String update(@PathVariable long mappingId, MappingForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		SavedMapping mapping = mappings.get(mappingId);
		return save(mapping.fundId(), mapping, form, model, response, redirect);
	}

	@PostMapping("/fund/mappings/{mappingId}/delete")
	String delete(@PathVariable long mappingId, RedirectAttributes redirect) {
		SavedMapping mapping = mappings.get(mappingId);
		mappings.delete(mappingId);
		redirect.addFlashAttribute("notice", messages.get("fund.mappingDeleted", mapping.name()));
		return "redirect:/fund/" + mapping.fundId() + "/mappings";
	}

	private String save(long fundId, SavedMapping existing, MappingForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			SavedMapping saved = mappings.save(fundId, existing == null ? null : existing.id(), form.toInput());
			redirect.addFlashAttribute("notice", messages.get("fund.mappingSaved", saved.name()));
			return "redirect:/fund/" + fundId + "/mappings";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("problems", messages.describe(ex.problems()));
			return form(model, funds.get(fundId), existing, form, messages.byField(ex.problems()));
		}
	}

	private String form(Model model, Fund fund, SavedMapping mapping, MappingForm form, Map<String, String> errors) {
		model.addAttribute("fund", fund);
		model.addAttribute("mapping", mapping);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "fund/mapping";
	}

}
