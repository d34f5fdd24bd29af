package vn.doanket.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.doanket.shared.TextFolding;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** The estimates of a year, one estimate with its lines, norms and warnings, and its approval. */
@Controller
class EstimatePagesController {

	private final Estimates estimates;

	private final NormCalculation norms;

	private final Units units;

	private final AccessPolicy access;

	private final Messages messages;

	private final Clock clock;

	EstimatePagesController(Estimates estimates, NormCalculation norms, Units units, AccessPolicy access, Messages messages,
			Clock clock) {
		this.estimates = estimates;
		this.norms = norms;
		this.units = units;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/budget")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, Model model) {
		int y = year == null ? estimates.latestYear().orElse(LocalDate.now(clock).getYear()) : Years.check(year);
		String query = q == null ? "" : q.trim();
		String folded = TextFolding.fold(query);
		List<EstimateRepository.Summary> rows = estimates.list(y)
			.stream()
			.filter(s -> folded.isEmpty() || TextFolding.fold(s.estimate().unitName()).contains(folded)
					|| s.estimate().unitCode().startsWith(query))
			.sorted(EstimateSort.parse(sort).comparator())
			.toList();
		model.addAttribute("year", y);
		model.addAttribute("q", query);
		model.addAttribute("sort", EstimateSort.parse(sort).name().toLowerCase());
		model.addAttribute("rows", rows);
		model.addAttribute("canKeep", access.requireUser().role().can(Capability.KEEP_FUND));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("unitCode", "", "year", String.valueOf(y)));
			model.addAttribute("errors", Map.of());
		}
		return "budget/estimates";
	}

	@PostMapping("/budget/estimates")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			Integer year = FormValues.number(form.get("year"), "year");
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
					Long amount = FormValues.amount(form.get(field), field);
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
