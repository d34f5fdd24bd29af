package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
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
import vn.doanket.shared.Paging;
import vn.doanket.shared.TypedValues;
import vn.doanket.shared.Downloads;

/**
 * The queue of statement lines waiting for a person (credits nobody recognised, debits without a payment), with
 * filters and paging, and the ways to settle a line. A refused action shows the queue again with the reason (400).
 */
@Controller
class QueuePagesController {

	private final Funds funds;

	private final QueueResolution resolution;

	private final AccessPolicy access;

	private final Messages messages;

	QueuePagesController(Funds funds, QueueResolution resolution, AccessPolicy access, Messages messages) {
		this.funds = funds;
		this.resolution = resolution;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/fund/{id}/unmatched")
	String list(@PathVariable long id, @RequestParam(required = false) String show, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, Model model) {
		return page(model, id, QueueShow.parse(show), q, TypedValues.date(from, "from"), TypedValues.date(to, "to"), Paging.page(page));
	}

	@GetMapping("/fund/{id}/unmatched.csv")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String show,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		QueueRepository.Filter filter = QueueShow.parse(show).filter(q, TypedValues.date(from, "from"), TypedValues.date(to, "to"));
		byte[] csv = LedgerCsv.statementLines(resolution.list(id, filter, 0, 100_000).items());
		return Downloads.attachment(csv, "sao-ke-cho-xu-ly-" + id + ".csv", "text/csv;charset=UTF-8");
	}

	@PostMapping("/fund/lines/{lineId}/receipt")
	String book(@PathVariable long lineId, @RequestParam(required = false) String donorKind,
			@RequestParam(required = false) String donorName, @RequestParam(required = false) Boolean anonymous,
			@RequestParam(required = false) String appeal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long fundId = resolution.fundOf(lineId);
		try {
			LedgerEntry entry = resolution.bookReceipt(lineId,
					new ReceiptInput(null, null, donorKind, donorName, anonymous, null, null, blank(appeal), null));
			return done(fundId, redirect, messages.get("fund.receiptRecorded", entry.voucher(), Money.format(entry.amount())));
		}
		catch (InvalidInputException ex) {
			return refused(model, response, fundId, ex);
		}
	}

	@PostMapping("/fund/lines/{lineId}/reference")
	String matchReference(@PathVariable long lineId, @RequestParam(required = false) String ref, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long fundId = resolution.fundOf(lineId);
		try {
			LedgerEntry entry = resolution.matchReference(lineId, ref);
			return done(fundId, redirect, messages.get("fund.receiptRecorded", entry.voucher(), Money.format(entry.amount())));
		}
		catch (InvalidInputException ex) {
			return refused(model, response, fundId, ex);
		}
	}

	@PostMapping("/fund/lines/{lineId}/payment")
	String matchPayment(@PathVariable long lineId, @RequestParam(required = false) Long payment, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long fundId = resolution.fundOf(lineId);
		try {
			Payment matched = resolution.matchPayment(lineId, payment);
			return done(fundId, redirect, messages.get("fund.alertMatched", matched.id()));
		}
		catch (InvalidInputException ex) {
			return refused(model, response, fundId, ex);
		}
	}

	@PostMapping("/fund/lines/{lineId}/explain")
	String explain(@PathVariable long lineId, @RequestParam(required = false) String note, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long fundId = resolution.fundOf(lineId);
		try {
			resolution.explain(lineId, note);
			return done(fundId, redirect, messages.get("fund.alertExplained"));
		}
		catch (InvalidInputException ex) {
			return refused(model, response, fundId, ex);
		}
	}

	private String page(Model model, long fundId, QueueShow show, String q, LocalDate from, LocalDate to, int page) {
		Fund fund = funds.get(fundId);
		boolean canKeep = access.can(Capability.KEEP_FUND, fund.unitId());
		model.addAttribute("fund", fund);
		model.addAttribute("show", show.name());
		model.addAttribute("shows", QueueShow.values());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("from", from == null ? "" : from.toString());
		model.addAttribute("to", to == null ? "" : to.toString());
		model.addAttribute("result",
				resolution.list(fundId, show.filter(q, from, to), page, Paging.DEFAULT_SIZE));
		model.addAttribute("canKeep", canKeep);
		model.addAttribute("donorKinds", DonorKind.values());
		model.addAttribute("openPayments", canKeep ? resolution.openPayments(fundId) : List.of());
		model.addAttribute("references", canKeep ? resolution.references(fundId) : List.of());
		return "fund/unmatched";
	}

	private static String done(long fundId, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/fund/" + fundId + "/unmatched";
	}

	private String refused(Model model, HttpServletResponse response, long fundId, InvalidInputException ex) {
		response.setStatus(400);
		model.addAttribute("problems", messages.describe(ex.problems()));
		return page(model, fundId, QueueShow.WAITING, null, null, null, 0);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
