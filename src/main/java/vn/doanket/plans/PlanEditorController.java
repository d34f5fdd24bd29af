package vn.doanket.plans;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/**
 * The htmx item editor of a draft plan: edit an item in place, add one to a section, delete (after confirmation),
 * move up or down; and the timeframe field's live preview of the normalised dates. Without htmx every action
 * redirects back to the plan.
 */
@Controller
class PlanEditorController {

	private final PlanEditing editing;

	private final PlanQueries queries;

	private final Messages messages;

	PlanEditorController(PlanEditing editing, PlanQueries queries, Messages messages) {
		this.editing = editing;
		this.queries = queries;
		this.messages = messages;
	}

	/** A form for the fields of an item as the editor posts them. */
	record ItemForm(String label, String title, String content, String form, String details, String timeframe,
			String activityKind, String campaignContents, String responsible, String coordinating) {

		PlanData.Item toItem() {
			List<Integer> contents = campaignContents == null || campaignContents.isBlank() ? List.of()
					: Arrays.stream(campaignContents.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(ItemForm::number).toList();
			ActivityKind kind = Arrays.stream(ActivityKind.values()).filter(k -> k.name().equals(activityKind)).findFirst().orElse(ActivityKind.OTHER);
			Timeframe when = timeframe == null || timeframe.isBlank() ? null : new Timeframe(null, null, null, timeframe.strip());
			return new PlanData.Item(null, label, title, content, form, details, contents, kind, when, parties(responsible),
					parties(coordinating), null, false);
		}

		/** A level of committees chosen in the editor ("LOWER_COMMITTEES", "MEMBER_ORGANISATIONS"…). */
		private static List<PlanData.Party> parties(String kind) {
			return Arrays.stream(PlanData.PartyKind.values())
				.filter(k -> k.name().equals(kind) && k != PlanData.PartyKind.NAMED_UNIT && k != PlanData.PartyKind.MEMBER_ORG)
				.map(k -> new PlanData.Party(k, PARTY_NAMES.get(k), null, null, List.of()))
				.toList();
		}

		private static Integer number(String text) {
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

	}

	/** The names written for a level of committees chosen in the editor. */
	static final java.util.Map<PlanData.PartyKind, String> PARTY_NAMES = java.util.Map.of(
			PlanData.PartyKind.THIS_COMMITTEE, "Ban Thường trực Ủy ban MTTQ cấp ban hành",
			PlanData.PartyKind.LOWER_COMMITTEES, "Ban Thường trực Ủy ban MTTQ cấp dưới",
			PlanData.PartyKind.MEMBER_ORGANISATIONS, "Các tổ chức thành viên của Mặt trận");

	@PostMapping("/plans/{id}/sections")
	String addSection(@PathVariable long id, @RequestParam(required = false) String label,
			@RequestParam(required = false) String title, @RequestParam(required = false) String kind,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			long sectionId = editing.addSection(id, label, title, kind);
			redirect.addFlashAttribute("notice", messages.get("plans.sectionAdded"));
			return "redirect:/plans/" + id + "#section-" + sectionId;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			return "redirect:/plans/" + id;
		}
	}

	@GetMapping("/plans/{id}/items/{itemId}/edit")
	String editForm(@PathVariable long id, @PathVariable long itemId, Model model) {
		queries.requireManage(id);
		model.addAttribute("planId", id);
		model.addAttribute("item", editing.item(id, itemId));
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("partyKinds", PARTY_NAMES.keySet().stream().sorted().toList());
		model.addAttribute("year", queries.get(id).campaignYear());
		return "plans/editor :: itemForm";
	}

	@GetMapping("/plans/{id}/items/{itemId}")
	String row(@PathVariable long id, @PathVariable long itemId, Model model) {
		queries.get(id);
		return row(model, id, editing.item(id, itemId), queries.canManage(id));
	}

	@PostMapping("/plans/{id}/items/{itemId}")
	String update(@PathVariable long id, @PathVariable long itemId, ItemForm form, Model model,
			@RequestHeader(value = "HX-Request", required = false) String htmx) {
		try {
			PlanData.Item saved = editing.updateItem(id, itemId, form.toItem());
			return htmx != null ? row(model, id, saved, true) : "redirect:/plans/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("planId", id);
			model.addAttribute("item", editing.item(id, itemId));
			model.addAttribute("kinds", ActivityKind.values());
			model.addAttribute("partyKinds", PARTY_NAMES.keySet().stream().sorted().toList());
			model.addAttribute("year", queries.get(id).campaignYear());
			model.addAttribute("formErrors", messages.describe(ex.problems()));
			return "plans/editor :: itemForm";
		}
	}

	@PostMapping("/plans/{id}/sections/{sectionId}/items")
	String add(@PathVariable long id, @PathVariable long sectionId, ItemForm form, Model model,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			editing.addItem(id, sectionId, form.toItem());
			redirect.addFlashAttribute("notice", messages.get("plans.itemAdded"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/plans/" + id + "#section-" + sectionId;
	}

	@PostMapping("/plans/{id}/items/{itemId}/delete")
	String delete(@PathVariable long id, @PathVariable long itemId,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		editing.deleteItem(id, itemId);
		redirect.addFlashAttribute("notice", messages.get("plans.itemDeleted"));
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/items/{itemId}/move")
	String move(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "up") String direction) {
		editing.moveItem(id, itemId, !"down".equals(direction));
		return "redirect:/plans/" + id + "#item-" + itemId;
	}

	/** The normalised dates of a timeframe as typed, for the editor's live preview. */
	@GetMapping("/plans/timeframe")
	String timeframe(@RequestParam java.util.Map<String, String> params, @RequestParam(defaultValue = "2023") int year,
			Model model) {
		String timeframe = params.containsKey("timeframe") ? params.get("timeframe")
				: params.entrySet().stream().filter(e -> e.getKey().startsWith("when_")).map(java.util.Map.Entry::getValue).findFirst().orElse(null);
		model.addAttribute("parsed", timeframe == null || timeframe.isBlank() ? null : TimeframeParser.parse(timeframe, year));
		return "plans/editor :: preview";
	}

	private String row(Model model, long planId, PlanData.Item item, boolean editable) {
		model.addAttribute("planId", planId);
		model.addAttribute("item", item);
		model.addAttribute("editable", editable);
		return "plans/editor :: row";
	}

}
