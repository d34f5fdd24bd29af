package vn.doanket.plans;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
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

/** Plan pages: the list with search, filters, sorting and paging; the inbox; one plan with its actions. */
@Controller
class PlanPagesController {

	private final vn.doanket.activities.Activities activities;

	private final PlanQueries queries;

	private final PlanIssuing issuing;

	private final PlanCascade cascade;

	private final PlanEditing editing;

	private final PlanInbox inbox;

	private final AccessPolicy access;

	private final Messages messages;

	private final java.time.Clock clock;

	/** How many days ahead a deadline is shown as a reminder. */
	static final int REMINDER_DAYS = 14;

	PlanPagesController(PlanQueries queries, PlanIssuing issuing, PlanCascade cascade, PlanEditing editing,
			PlanInbox inbox, AccessPolicy access, Messages messages, java.time.Clock clock, vn.doanket.activities.Activities activities) {
		this.activities = activities;
		this.clock = clock;
		this.queries = queries;
		this.issuing = issuing;
		this.cascade = cascade;
		this.editing = editing;
		this.inbox = inbox;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/plans")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		PlanData.PlanStatus state = "DRAFT".equals(status) || "ISSUED".equals(status) ? PlanData.PlanStatus.valueOf(status) : null;
		model.addAttribute("result", queries.list(year, null, state, q, sort, Paging.page(page), 20));
		model.addAttribute("year", year);
		model.addAttribute("status", state == null ? "" : state.name());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", sort == null ? "" : sort);
		model.addAttribute("years", List.of(2023, 2024, 2025, 2026));
		model.addAttribute("canImport", access.current().map(u -> u.role().can(Capability.MANAGE_PLANS)).orElse(false));
		return htmx != null ? "plans/list :: results" : "plans/list";
	}

	/** The list as on screen (same search, filters and order, every page), as CSV for Excel. */
	@GetMapping("/plans/export.csv")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) throws java.io.IOException {
		PlanData.PlanStatus state = "DRAFT".equals(status) || "ISSUED".equals(status) ? PlanData.PlanStatus.valueOf(status) : null;
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(
				new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.EXCEL)) {
			csv.printRecord(messages.get("field.number"), messages.get("field.title"), messages.get("field.issuer"),
					messages.get("field.issuedOn"), messages.get("field.campaignYear"), messages.get("field.status"));
			for (PlanSummary p : queries.list(year, null, state, q, sort, 0, 100_000).items()) {
				csv.printRecord(p.number(), p.title(), p.issuerName(), p.issuedOn(), p.campaignYear(),
						messages.get("plans.status." + p.status()));
			}
		}
		return PlansApiController.file(out.toByteArray(), "ke-hoach.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/plans/inbox")
	String inbox(Model model) {
		model.addAttribute("entries", inbox.mine());
		model.addAttribute("reminders", inbox.reminders(LocalDate.now(clock), REMINDER_DAYS));
		return "plans/inbox";
	}

	@GetMapping("/plans/{id}")
	String view(@PathVariable long id, Model model) {
		PlanData plan = queries.get(id);
		boolean canManage = queries.canManage(id);
		model.addAttribute("plan", plan);
		model.addAttribute("canManage", canManage);
		model.addAttribute("editable", canManage && plan.status() == PlanData.PlanStatus.DRAFT);
		model.addAttribute("versions", queries.versions(id));
		boolean issued = plan.status() == PlanData.PlanStatus.ISSUED;
		model.addAttribute("deriveUnits", issued ? cascade.unitsThatMayDerive(id) : List.of());
		model.addAttribute("children", issued ? cascade.children(id) : List.of());
		model.addAttribute("parent", plan.parentPlanId() == null ? null : queries.summary(plan.parentPlanId()));
		List<Long> itemIds = plan.sections().stream().flatMap(s -> s.items().stream()).map(PlanData.Item::id).toList();
		java.util.Map<Long, java.util.Map<String, Object>> progress = new java.util.HashMap<>();
		activities.progressOfPlanItems(itemIds).forEach(row -> progress.put(((Number) row.get("plan_item_id")).longValue(), row));
		model.addAttribute("activityProgress", progress);
		return "plans/view";
	}

	@PostMapping("/plans/{id}/issue")
	String issue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deriveBy,
			RedirectAttributes redirect) {
		try {
			PlanData plan = issuing.issue(id, deriveBy);
			redirect.addFlashAttribute("notice", messages.get("plans.issued", plan.numberText()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/derive")
	String derive(@PathVariable long id, @RequestParam(required = false) Long unit, RedirectAttributes redirect) {
		try {
			PlanData draft = cascade.derive(id, unit);
			redirect.addFlashAttribute("notice", messages.get("plans.derived", draft.issuerName()));
			return "redirect:/plans/" + draft.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			return "redirect:/plans/" + id;
		}
	}

	@PostMapping("/plans/{id}/new-version")
	String newVersion(@PathVariable long id, RedirectAttributes redirect) {
		try {
			PlanData draft = editing.newVersion(id);
			redirect.addFlashAttribute("notice", messages.get("plans.versionCreated", draft.version()));
			return "redirect:/plans/" + draft.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			return "redirect:/plans/" + id;
		}
	}

}
