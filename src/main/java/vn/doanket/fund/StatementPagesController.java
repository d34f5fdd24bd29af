package vn.doanket.fund;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/** Statement import (with a preset, one of the fund's own mappings or a declared mapping) and its summary with rejected rows. */
@Controller
class StatementPagesController {

	private final Funds funds;

	private final StatementImporting importing;

	private final SavedMappings mappings;

	private final AccessPolicy access;

	private final Messages messages;

	StatementPagesController(Funds funds, StatementImporting importing, SavedMappings mappings, AccessPolicy access,
			Messages messages) {
		this.funds = funds;
		this.importing = importing;
		this.mappings = mappings;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/fund/{id}/import")
	String form(@PathVariable long id, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("accounts", funds.accounts(id));
		model.addAttribute("presets", StatementMapping.presets().keySet().stream().sorted().toList());
		model.addAttribute("ownMappings", mappings.list(id).stream().filter(m -> !m.preset()).toList());
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		return "fund/import";
	}

	@PostMapping("/fund/{id}/import")
	String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long account, @RequestParam(required = false) String preset,
			@RequestParam(required = false) String mapping, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "error.file.empty");
			}
			SavedMappings.Choice chosen = mappings.choose(id, preset, mapping);
			StatementImport done = importing.importFile(id, account, file.getOriginalFilename(), file.getBytes(), chosen.preset(),
					chosen.mappingJson());
			return "redirect:/fund/imports/" + done.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
			return "redirect:/fund/" + id + "/import";
		}
	}

	@GetMapping("/fund/imports/{importId}")
	String summary(@PathVariable long importId, Model model) {
		StatementImport done = importing.get(importId);
		model.addAttribute("fund", funds.get(done.fundId()));
		model.addAttribute("done", done);
		return "fund/import-summary";
	}

}
