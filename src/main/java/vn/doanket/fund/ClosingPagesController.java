package vn.doanket.fund;

import java.time.format.DateTimeFormatter;
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
import vn.doanket.shared.TypedValues;

/** Closing a fund's books through a date (the fund accountant), with the closings made so far. */
@Controller
class ClosingPagesController {

	private final Funds funds;

	private final AccessPolicy access;

	private final Messages messages;

	ClosingPagesController(Funds funds, AccessPolicy access, Messages messages) {
		this.funds = funds;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/fund/{id}/closing")
	String page(@PathVariable long id, Model model) {
		return page(model, funds.get(id), "", Map.of());
	}

	@PostMapping("/fund/{id}/closing")
	String close(@PathVariable long id, @RequestParam(required = false) String closedThrough, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Fund fund = funds.get(id);
		try {
			access.require(Capability.KEEP_FUND, fund.unitId());
			Fund closed = funds.closePeriod(id, TypedValues.date(closedThrough, "closedThrough"));
			redirect.addFlashAttribute("notice", messages.get("fund.closed", closed.closedThrough().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
			return "redirect:/fund/" + id + "/closing";
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return page(model, fund, closedThrough, messages.byField(ex.problems()));
		}
	}

	private String page(Model model, Fund fund, String closedThrough, Map<String, String> errors) {
		model.addAttribute("fund", fund);
		model.addAttribute("closings", funds.closings(fund.id()));
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, fund.unitId()));
		model.addAttribute("closedThrough", closedThrough == null ? "" : closedThrough);
		model.addAttribute("errors", errors);
		return "fund/closing";
	}

}
