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
import vn.doanket.shared.Paging;

/** Statement import with its summary and rejected rows, and the queue of lines waiting for a person. */
@Controller
class StatementPagesController {

	private final Funds funds;

	private final StatementImporting importing;

	private final UnmatchedQueue queue;

	private final AccessPolicy access;

	private final Messages messages;

	StatementPagesController(Funds funds, StatementImporting importing, UnmatchedQueue queue, AccessPolicy access,
			Messages messages) {
		this.funds = funds;
		this.importing = importing;
		this.queue = queue;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/fund/{id}/import")
	String form(@PathVariable long id, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("accounts", funds.accounts(id));
		model.addAttribute("presets", StatementMapping.presets().keySet().stream().sorted().toList());
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
			StatementImport done = importing.importFile(id, account, file.getOriginalFilename(), file.getBytes(), preset, mapping);
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

	@GetMapping("/fund/{id}/unmatched")
	String unmatched(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("result", queue.list(id, Paging.page(page), Paging.DEFAULT_SIZE));
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		model.addAttribute("donorKinds", DonorKind.values());
		return "fund/unmatched";
	}

	@PostMapping("/fund/lines/{lineId}/receipt")
	String book(@PathVariable long lineId, @RequestParam long fund, @RequestParam(required = false) String donorKind,
			@RequestParam(required = false) String donorName, @RequestParam(required = false) Boolean anonymous,
			RedirectAttributes redirect) {
		try {
			LedgerEntry entry = queue.bookAsReceipt(lineId,
					new ReceiptInput(null, null, donorKind, donorName, anonymous, null, null, null, null));
			redirect.addFlashAttribute("notice", messages.get("fund.receiptRecorded", entry.voucher(), Money.format(entry.amount())));
			return "redirect:/fund/" + entry.fundId() + "/unmatched";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
			return "redirect:/fund/" + fund + "/unmatched";
		}
	}

}
