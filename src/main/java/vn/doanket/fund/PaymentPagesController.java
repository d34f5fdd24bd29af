package vn.doanket.fund;

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

/** Payment proposals of a fund: the accountant proposes, another member of the committee approves or rejects. */
@Controller
class PaymentPagesController {

	private final Funds funds;

	private final Payments payments;

	private final AccessPolicy access;

	private final Messages messages;

	PaymentPagesController(Funds funds, Payments payments, AccessPolicy access, Messages messages) {
		this.funds = funds;
		this.payments = payments;
		this.access = access;
		this.messages = messages;
	}

	/** The proposal form as typed. */
	record PaymentForm(String date, String amount, String purpose, String channel, String beneficiaryName,
			String povertyStatus, String areaName, String description) {

		PaymentInput toInput() {
			return new PaymentInput(FormValues.date(date, "date"), FormValues.amount(amount, "amount"), purpose, channel,
					beneficiaryName, povertyStatus, areaName, description);
		}

	}

	@GetMapping("/fund/{id}/payments")
	String list(@PathVariable long id, @RequestParam(required = false) String status, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("payments", payments.list(id, status));
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		model.addAttribute("canApprove", access.can(Capability.APPROVE_FUND, fund.unitId()));
		model.addAttribute("username", access.requireUser().username());
		if (!model.containsAttribute("payment")) {
			model.addAttribute("payment", new PaymentForm("", "", "HOUSE_BUILD", "CASH", "", "POOR", "", ""));
			model.addAttribute("errors", java.util.Map.of());
		}
		model.addAttribute("purposes", PaymentPurpose.values());
		model.addAttribute("statuses", PovertyStatus.values());
		return "fund/payments";
	}

	@PostMapping("/fund/{id}/payments")
	String propose(@PathVariable long id, PaymentForm form, RedirectAttributes redirect) {
		try {
			Payment p = payments.propose(id, form.toInput());
			redirect.addFlashAttribute("notice", messages.get("fund.proposed", p.id(), Money.format(p.amount())));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("payment", form);
			redirect.addFlashAttribute("errors", FormValues.errors(messages, ex));
		}
		return "redirect:/fund/" + id + "/payments";
	}

	@PostMapping("/fund/payments/{paymentId}/approve")
	String approve(@PathVariable long paymentId, RedirectAttributes redirect) {
		return decide(paymentId, true, redirect);
	}

	@PostMapping("/fund/payments/{paymentId}/reject")
	String reject(@PathVariable long paymentId, RedirectAttributes redirect) {
		return decide(paymentId, false, redirect);
	}

	private String decide(long paymentId, boolean approve, RedirectAttributes redirect) {
		Payment payment = payments.get(paymentId);
		try {
			Payment decided = approve ? payments.approve(paymentId) : payments.reject(paymentId);
			redirect.addFlashAttribute("notice", messages.get(approve ? "fund.approved" : "fund.proposalRejected", decided.id()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
		}
		return "redirect:/fund/" + payment.fundId() + "/payments";
	}

}
