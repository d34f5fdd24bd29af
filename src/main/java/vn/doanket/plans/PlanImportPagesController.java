package vn.doanket.plans;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.ObjectMapper;
import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/**
 * The import flow: upload a Word/text file or paste the text, review the proposed structure (parts the parser was
 * unsure of are highlighted), correct titles and timeframes, confirm: the plan is saved as a draft.
 */
@Controller
class PlanImportPagesController {

	private final PlanImporting importing;

	private final PlanDrafting drafting;

	private final AccessPolicy access;

	private final ObjectMapper json;

	private final Messages messages;

	PlanImportPagesController(PlanImporting importing, PlanDrafting drafting, AccessPolicy access, ObjectMapper json,
			Messages messages) {
		this.importing = importing;
		this.drafting = drafting;
		this.access = access;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/plans/import")
	String form() {
		access.require(Capability.MANAGE_PLANS);
		return "plans/import";
	}

	@PostMapping("/plans/import")
	String propose(@RequestParam(value = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String text, Model model) throws IOException {
		try {
			boolean hasFile = file != null && (!file.isEmpty() || (text == null || text.isBlank())
					&& file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
			PlanData proposal = hasFile ? importing.proposeFile(file.getOriginalFilename(), file.getBytes())
					: importing.proposeText(text);
			return review(model, proposal, List.of());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formErrors", messages.describe(ex.problems()));
			model.addAttribute("text", text);
			return "plans/import";
		}
	}

	@PostMapping("/plans/import/confirm")
	String confirm(@RequestParam String proposal, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		access.require(Capability.MANAGE_PLANS);
		PlanData parsed;
		try {
			parsed = json.readValue(proposal, PlanData.class);
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw InvalidInputException.of("proposal", "error.plan.proposalBroken");
		}
		PlanData corrected = corrected(parsed, form);
		try {
			PlanData saved = drafting.create(corrected);
			redirect.addFlashAttribute("notice", messages.get("plans.saved", saved.title()));
			return "redirect:/plans/" + saved.id();
		}
		catch (InvalidInputException ex) {
			return review(model, corrected, messages.describe(ex.problems()));
		}
	}

	private String review(Model model, PlanData proposal, List<String> errors) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("proposalJson", json.writeValueAsString(proposal));
		model.addAttribute("formErrors", errors);
		return "plans/review";
	}

	/** The proposal with the header fields, item titles and timeframes typed on the review page. */
	static PlanData corrected(PlanData p, Map<String, String> form) {
		List<PlanData.Section> sections = new ArrayList<>();
		for (int s = 0; s < p.sections().size(); s++) {
			PlanData.Section section = p.sections().get(s);
			List<PlanData.Item> items = new ArrayList<>();
			for (int i = 0; i < section.items().size(); i++) {
				PlanData.Item item = section.items().get(i);
				String title = form.getOrDefault("title_" + s + "_" + i, item.title());
				String when = form.get("when_" + s + "_" + i);
				Timeframe timeframe = when == null ? item.timeframe()
						: when.isBlank() ? null : new Timeframe(null, null, null, when.strip());
				if (item.timeframe() != null && when != null && when.strip().equals(item.timeframe().text())) {
					timeframe = item.timeframe();
				}
				items.add(new PlanData.Item(null, item.label(), title, item.content(), item.form(), item.details(),
						item.campaignContents(), item.activityKind(), timeframe, item.responsible(), item.coordinating(),
						null, false));
			}
			sections.add(new PlanData.Section(null, section.label(), section.title(), section.kind(), section.text(), items,
					section.parties(), false));
		}
		String signerName = form.get("signerName");
		String signerPosition = form.get("signerPosition");
		PlanData.Signer signer = signerName == null && signerPosition == null ? p.signer()
				: new PlanData.Signer(p.signer() == null ? "TM. BAN THƯỜNG TRỰC" : p.signer().authority(), signerPosition,
						signerName);
		return new PlanData(null, p.issuerUnitId(), null, p.documentType(), integer(form.get("number"), p.number()),
				p.symbol(), null, p.place(), date(form.get("issuedOn"), p.issuedOn()), form.getOrDefault("title", p.title()),
				p.summary(), integer(form.get("campaignYear"), p.campaignYear()), p.parentBody(), p.issuingBody(),
				p.legalBases(), p.introduction(), sections, p.closing(), signer, p.recipients(), null, null, null, null,
				null, null, null, false);
	}

	private static Integer integer(String text, Integer fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static LocalDate date(String text, LocalDate fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}
