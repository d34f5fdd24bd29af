package vn.doanket.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.doanket.shared.Downloads;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;
import vn.doanket.shared.TextFolding;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;
import vn.doanket.shared.TypedValues;

/** The estimates of a year, one estimate with its lines, norms and warnings, and its approval. */
@Controller
class EstimatePagesController {

	private final Estimates estimates;

	private final NormCalculation norms;

	private final Units units;

	private final AccessPolicy access;

	private final Messages messages;

	private final Clock clock;

	private final SettlementExport export;

	EstimatePagesController(Estimates estimates, NormCalculation norms, Units units, AccessPolicy access, Messages messages,
			Clock clock, SettlementExport export) {
		this.export = export;
		this.estimates = estimates;
		this.norms = norms;
		this.units = units;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/budget")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		int y = year == null ? estimates.latestYear().orElse(LocalDate.now(clock).getYear()) : Years.check(year);
		String query = q == null ? "" : q.trim();
		List<EstimateRepository.Summary> rows = rows(y, query, sort);
		model.addAttribute("year", y);
		model.addAttribute("q", query);
		model.addAttribute("sort", EstimateSort.parse(sort).name().toLowerCase());
		int p = Paging.page(page);
		int n = Paging.size(size);
		int from = Math.min(rows.size(), p * n);
		model.addAttribute("result", new PageResult<>(rows.subList(from, Math.min(rows.size(), from + n)), rows.size(), p, n));
		model.addAttribute("canKeep", access.requireUser().role().can(Capability.KEEP_FUND));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("unitCode", "", "year", String.valueOf(y)));
			model.addAttribute("errors", Map.of());
		}
		return "budget/estimates";
	}

	/** The list as filtered and sorted on screen, every page, as .xlsx. */
	@GetMapping("/budget/estimates.xlsx")
	ResponseEntity<byte[]> listXlsx(@RequestParam Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) {
		int y = Years.check(year);
		byte[] file = export.list(rows(y, q == null ? "" : q.trim(), sort), y);
		return Downloads.attachment(file, "du-toan-kinh-phi-" + y + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private List<EstimateRepository.Summary> rows(int year, String query, String sort) {
		String folded = TextFolding.fold(query);
		return estimates.list(year)
			.stream()
			.filter(s -> folded.isEmpty() || TextFolding.fold(s.estimate().unitName()).contains(folded)
					|| s.estimate().unitCode().startsWith(query))
			.sorted(EstimateSort.parse(sort).comparator())
			.toList();
	}

	@PostMapping("/budget/estimates")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Integer year = TypedValues.number(form.get("year"), "year");
			Estimate created = estimates.create(new EstimateInput(form.get("unitCode"), year, Map.of()));
			redirect.addFlashAttribute("notice", messages.get("budget.created", created.unitName(), created.year()));
			return "redirect:/budget/estimates/" + created.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("form", form);
			redirect.addFlashAttribute("errors", messages.byField(ex.problems()));
			return "redirect:/budget" + (form.getOrDefault("year", "").matches("\\d{4}") ? "?year=" + form.get("year") : "");
		}
	}

	@GetMapping("/budget/estimates/{id}")
	String estimate(@PathVariable long id, Model model) {
		EstimateView view = estimates.view(id);
		Estimate e = view.estimate();
		model.addAttribute("view", view);
		model.addAttribute("e", e);
		model.addAttribute("lines", BudgetLine.values());
		model.addAttribute("canKeep", access.can(Capability.KEEP_FUND, e.unitId()));
		model.addAttribute("canApprove", access.can(Capability.APPROVE_FUND, e.unitId()));
		model.addAttribute("areaNorms", e.level() == UnitLevel.COMMUNE ? norms.forCommune(units.require(e.unitId()), e.year()) : null);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("spendingForm")) {
			model.addAttribute("spendingForm", Map.of());
		}
		if (!model.containsAttribute("adjustForm")) {
			model.addAttribute("adjustForm", Map.of());
		}
		return "budget/estimate";
	}

	@PostMapping("/budget/estimates/{id}")
	String save(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Map<String, Long> lines = new LinkedHashMap<>();
			for (BudgetLine line : BudgetLine.values()) {
				String field = "lines." + line.name();
				if (form.containsKey(field)) {
					Long amount = TypedValues.amount(form.get(field), field);
					lines.put(line.name(), amount == null ? 0L : amount);
				}
			}
			estimates.update(id, lines);
			redirect.addFlashAttribute("notice", messages.get("budget.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
		}
		return "redirect:/budget/estimates/" + id;
	}

	@PostMapping("/budget/estimates/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		try {
			estimates.approve(id);
			redirect.addFlashAttribute("notice", messages.get("budget.approvedNotice"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", messages.describe(ex.problems()));
		}
		return "redirect:/budget/estimates/" + id;
	}

}
