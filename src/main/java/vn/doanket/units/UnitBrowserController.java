package vn.doanket.units;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.shared.Paging;

/** The unit browser: the 2023 and 2025 trees side by side, search without diacritics, successors of a unit. */
@Controller
class UnitBrowserController {

	private final Units units;

	UnitBrowserController(Units units) {
		this.units = units;
	}

	@GetMapping("/units")
	String browser(Model model) {
		model.addAttribute("provinces2023", units.atLevel(UnitLevel.PROVINCE, Units.REFORM_EVE, null, 0, 100).items());
		model.addAttribute("provinces2025", units.atLevel(UnitLevel.PROVINCE, Units.REFORM_DAY, null, 0, 100).items());
		return "units/browser";
	}

	@GetMapping("/units/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("result", units.search(q, null, Paging.page(page), 20));
		return htmx != null ? "units/browser :: searchResults" : "units/search";
	}

	@GetMapping("/units/{id}/children")
	String children(@PathVariable long id, Model model) {
		model.addAttribute("children", units.children(unit(id)));
		return "units/browser :: children";
	}

	@GetMapping("/units/{id}")
	String detail(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		AdminUnit unit = unit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", units.ancestors(unit));
		model.addAttribute("children", units.children(unit));
		model.addAttribute("successors", units.successors(unit));
		model.addAttribute("predecessors", units.predecessors(unit));
		return htmx != null ? "units/detail :: panel" : "units/detail";
	}

	private AdminUnit unit(long id) {
		return units.require(id);
	}

}
