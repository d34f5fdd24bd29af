package vn.doanket.fund;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.Paging;
import vn.doanket.shared.TypedValues;
import vn.doanket.shared.Downloads;

/** The accountant's pages: the funds, a fund's ledger with search, paging, CSV export, receipts and reversals. */
@Controller
class FundPagesController {

	private final Funds funds;

	private final Bookkeeping bookkeeping;

	private final VoucherPrinting vouchers;

	private final AccessPolicy access;

	private final Messages messages;

	FundPagesController(Funds funds, Bookkeeping bookkeeping, VoucherPrinting vouchers, AccessPolicy access,
			Messages messages) {
		this.funds = funds;
		this.bookkeeping = bookkeeping;
		this.vouchers = vouchers;
		this.access = access;
		this.messages = messages;
	}

	/** The receipt form as typed. */
	record ReceiptForm(String date, String amount, String donorKind, String donorName, Boolean anonymous, String channel,
			String inKindNote, String appeal, String description) {

		ReceiptInput toInput() {
			return new ReceiptInput(TypedValues.date(date, "date"), TypedValues.amount(amount, "amount"), donorKind, donorName,
					anonymous, channel, inKindNote, appeal, description);
		}

	}

	@GetMapping("/fund")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		String k = "POOR_FUND".equals(kind) || "APPEAL".equals(kind) ? kind : "";
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", k);
		model.addAttribute("result", funds.search(q, k, Paging.page(page), Paging.DEFAULT_SIZE));
		model.addAttribute("canOpen", access.current().map(u -> u.role().can(Capability.KEEP_FUND)).orElse(false));
		return htmx != null ? "fund/funds :: results" : "fund/funds";
	}

	@GetMapping("/fund/{id}")
	String ledger(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", sort == null ? "-date" : sort);
		model.addAttribute("result", funds.entries(id, q, sort, Paging.page(page), Paging.DEFAULT_SIZE));
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		model.addAttribute("accounts", funds.accounts(id));
		if (!model.containsAttribute("receipt")) {
			model.addAttribute("receipt", new ReceiptForm("", "", "INDIVIDUAL", "", false, "CASH", "", "", ""));
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("donorKinds", DonorKind.values());
		model.addAttribute("channels", Channel.values());
		return htmx != null ? "fund/ledger :: results" : "fund/ledger";
	}

	@PostMapping("/fund/{id}/receipts")
	String receipt(@PathVariable long id, ReceiptForm form, RedirectAttributes redirect) {
		try {
			LedgerEntry entry = bookkeeping.recordReceipt(id, form.toInput());
			redirect.addFlashAttribute("notice", messages.get("fund.receiptRecorded", entry.voucher(), Money.format(entry.amount())));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("receipt", form);
			redirect.addFlashAttribute("errors", messages.byField(ex.problems()));
			redirect.addFlashAttribute("receiptOpen", true);
		}
		return "redirect:/fund/" + id;
	}

	@PostMapping("/fund/entries/{entryId}/reverse")
	String reverse(@PathVariable long entryId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		LedgerEntry entry = funds.entry(entryId);
		try {
			bookkeeping.reverse(entryId, null, reason);
			redirect.addFlashAttribute("notice", messages.get("fund.reversed", entry.voucher() == null ? "#" + entryId : entry.voucher()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
		}
		return "redirect:/fund/" + entry.fundId();
	}

	@GetMapping("/fund/{id}/entries.csv")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) {
		Fund fund = funds.get(id);
		byte[] csv = LedgerCsv.entries(id, funds.entries(id, q, sort, 0, 100_000).items());
		return Downloads.attachment(csv, "so-quy-" + fund.id() + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/fund/entries/{entryId}/voucher.pdf")
	ResponseEntity<byte[]> voucher(@PathVariable long entryId) {
		byte[] pdf = vouchers.pdf(entryId);
		String voucher = funds.entry(entryId).voucher();
		return Downloads.attachment(pdf, voucher.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", "application/pdf");
	}

}
