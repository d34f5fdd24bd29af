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
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.shared.TypedValues;

/** Payment proposals of a fund: the accountant proposes, another member of the committee approves or rejects. */
@Controller
class PaymentPagesController {

	private final Funds funds;

	private final Payments payments;

	private final AccessPolicy access;

	private final Messages messages;

	private final PaymentAreas areas;

	PaymentPagesController(Funds funds, Payments payments, AccessPolicy access, Messages messages, PaymentAreas areas) {
		this.areas = areas;
		this.funds = funds;
		this.payments = payments;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * The proposal form as typed. The beneficiary's area is chosen as a commune and one of its residential areas
	 * ({@code communeId}, {@code areaId}); a form without them (older clients) may still carry the area's name as text.
	 */
	record PaymentForm(String date, String amount, String purpose, String channel, String beneficiaryName,
			String povertyStatus, String areaName, String description, String communeId, String areaId) {

		PaymentInput toInput(String chosenArea) {
			return new PaymentInput(TypedValues.date(date, "date"), TypedValues.amount(amount, "amount"), purpose, channel,
					beneficiaryName, povertyStatus, chosenArea, description);
		}

		Long commune() {
			return id(communeId, "commune");
		}

		Long area() {
			return id(areaId, "areaName");
		}

		boolean chosen() {
			return commune() != null || area() != null;
		}

		private static Long id(String text, String field) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Long.valueOf(text.trim());
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of(field, "error.badValue", text.trim());
			}
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
			java.util.List<AdminUnit> communes = areas.communes(fund);
			String commune = communes.size() == 1 ? String.valueOf(communes.get(0).id()) : "";
			model.addAttribute("payment", new PaymentForm("", "", "HOUSE_BUILD", "CASH", "", "POOR", "", "", commune, ""));
			model.addAttribute("errors", java.util.Map.of());
		}
		PaymentForm shown = (PaymentForm) model.getAttribute("payment");
		model.addAttribute("communes", areas.communes(fund));
		model.addAttribute("areas", areas.areas(fund, safeCommune(shown)));
		model.addAttribute("purposes", PaymentPurpose.values());
		model.addAttribute("statuses", PovertyStatus.values());
		return "fund/payments";
	}

	/** The residential areas of the chosen commune, as the options of the form's area list (htmx). */
	@GetMapping("/fund/{id}/areas")
	String areaOptions(@PathVariable long id, @RequestParam(required = false) Long communeId, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("areas", areas.areas(fund, communeId));
		model.addAttribute("payment", new PaymentForm("", "", "", "", "", "", "", "", communeId == null ? "" : communeId.toString(), ""));
		model.addAttribute("errors", java.util.Map.of());
		return "fund/payments :: areas";
	}

	@PostMapping("/fund/{id}/payments")
	String propose(@PathVariable long id, PaymentForm form, RedirectAttributes redirect) {
		try {
			Fund fund = funds.get(id);
			access.require(Capability.KEEP_FUND, fund.unitId());
			Payment p = payments.propose(id, input(fund, form));
			redirect.addFlashAttribute("notice", messages.get("fund.proposed", p.id(), Money.format(p.amount())));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("payment", form);
			redirect.addFlashAttribute("errors", messages.byField(ex.problems()));
		}
		return "redirect:/fund/" + id + "/payments";
	}

	/** The proposal with the chosen area; every problem of the form is reported at once. */
	private PaymentInput input(Fund fund, PaymentForm form) {
		java.util.List<Problem> problems = new java.util.ArrayList<>();
		String area = form.areaName();
		try {
			if (form.chosen() || area == null || area.isBlank()) {
				area = areas.areaName(fund, form.commune(), form.area());
			}
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
			area = "?";
		}
		PaymentInput input;
		try {
			input = form.toInput(area);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
			throw new InvalidInputException(problems);
		}
		problems.addAll(input.check().problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return input;
	}

	private static Long safeCommune(PaymentForm form) {
		try {
			return form == null ? null : form.commune();
		}
		catch (InvalidInputException ex) {
			return null;
		}
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
