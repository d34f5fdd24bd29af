package vn.doanket.budget;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.documents.DocxRenderer;
import vn.doanket.shared.Downloads;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.TypedValues;

/** Spending entries and adjustments of an approved estimate, and its settlement report (page, .xlsx and the Word report). */
@Controller
class SpendingPagesController {

	private final Estimates estimates;

	private final SettlementExport export;

	private final SettlementDocument document;

	private final Messages messages;

	SpendingPagesController(Estimates estimates, SettlementExport export, SettlementDocument document, Messages messages) {
		this.estimates = estimates;
		this.export = export;
		this.document = document;
		this.messages = messages;
	}

	@PostMapping("/budget/estimates/{id}/spending")
	String spend(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			SpendingInput input = new SpendingInput(form.get("budgetLine"), TypedValues.date(form.get("spentOn"), "spentOn"),
					TypedValues.amount(form.get("amount"), "amount"), form.get("voucherNumber"), form.get("description"));
			Estimates.Recorded recorded = estimates.spend(id, input);
			redirect.addFlashAttribute("notice", messages.get("budget.spent", Money.format(input.amount())));
			if (!recorded.warnings().isEmpty()) {
				redirect.addFlashAttribute("spendingWarnings", recorded.warnings());
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("spendingForm", form);
			redirect.addFlashAttribute("errors", messages.byField(ex.problems()));
		}
		return "redirect:/budget/estimates/" + id + "#spending";
	}

	@PostMapping("/budget/spending/{id}/reverse")
	String reverse(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		long estimateId = estimates.spendingEstimate(id);
		try {
			estimates.reverse(id, form.get("reversalReason"));
			redirect.addFlashAttribute("notice", messages.get("budget.reversed"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
		}
		return "redirect:/budget/estimates/" + estimateId + "#spending-table";
	}

	@PostMapping("/budget/estimates/{id}/adjustments")
	String adjust(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			estimates.adjust(id, new AdjustmentInput(form.get("budgetLine"), TypedValues.amount(form.get("amount"), "amount"),
					form.get("adjustmentReason")));
			redirect.addFlashAttribute("notice", messages.get("budget.adjusted"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("adjustForm", form);
			redirect.addFlashAttribute("adjustErrors", messages.byField(ex.problems()));
		}
		return "redirect:/budget/estimates/" + id + "#adjust";
	}

	@GetMapping("/budget/estimates/{id}/settlement")
	String settlement(@PathVariable long id, Model model) {
		model.addAttribute("s", settlementOf(id));
		model.addAttribute("id", id);
		return "budget/settlement";
	}

	@GetMapping("/budget/estimates/{id}/settlement.xlsx")
	ResponseEntity<byte[]> settlementXlsx(@PathVariable long id) {
		Settlement s = settlementOf(id);
		return Downloads.attachment(export.xlsx(s), "quyet-toan-" + s.unitCode() + "-" + s.year() + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/budget/estimates/{id}/settlement.docx")
	ResponseEntity<byte[]> settlementDocx(@PathVariable long id) {
		EstimateView view = estimates.view(id);
		return Downloads.attachment(document.docx(view),
				"bao-cao-quyet-toan-" + view.estimate().unitCode() + "-" + view.estimate().year() + ".docx", DocxRenderer.MEDIA_TYPE);
	}

	private Settlement settlementOf(long id) {
		return Settlement.of(estimates.view(id), line -> messages.get("budget.line." + line.name()));
	}

}
