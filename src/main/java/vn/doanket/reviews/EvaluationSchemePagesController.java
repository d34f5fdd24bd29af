package vn.doanket.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** Page: the province's evaluation criteria and classes of a year, shown to everyone and set by those allowed. */
@Controller
class EvaluationSchemePagesController {

	private static final int BLANK_CRITERIA = 3;

	private static final int BLANK_CLASSES = 2;

	private final Units units;

	private final AreaEvaluations evaluations;

	private final AccessPolicy access;

	private final Messages messages;

	EvaluationSchemePagesController(Units units, AreaEvaluations evaluations, AccessPolicy access, Messages messages) {
		this.units = units;
		this.evaluations = evaluations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reviews/evaluations/scheme")
	String scheme(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		EvaluationScheme scheme = evaluations.scheme(selected, year);
		return show(selected, year, scheme, SchemeForm.of(scheme, BLANK_CRITERIA, BLANK_CLASSES), Map.of(), model);
	}

	@PostMapping("/reviews/evaluations/scheme")
	String define(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year,
			@ModelAttribute("form") SchemeForm form, Model model, RedirectAttributes redirect) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		try {
			EvaluationScheme saved = evaluations.defineScheme(selected, year, form.toScheme());
			redirect.addFlashAttribute("notice", messages.get("schemePage.saved", saved.criteria().size(), saved.classes().size(), year));
			return "redirect:/reviews/evaluations/scheme?unit=" + selected.id() + "&year=" + year;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formErrors", messages.describe(ex.problems().stream().filter(p -> p.row() == null).toList()));
			return show(selected, year, evaluations.scheme(selected, year), form.compacted(0, 0), errorsByCell(ex.problems()), model);
		}
	}

	private String show(AdminUnit unit, int year, EvaluationScheme scheme, SchemeForm form, Map<String, String> errors, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("scheme", scheme);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canDefine", access.can(Capability.MANAGE_INDICATORS, province(unit).id()));
		return "reviews/evaluation-scheme";
	}

	/** Messages of row problems keyed "criteria:1:code" / "classes:2:minPoints", shown next to the field. */
	private Map<String, String> errorsByCell(List<Problem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Problem p : problems) {
			if (p.row() != null) {
				String table = "minPoints".equals(p.field()) || "classLabel".equals(p.field()) ? "classes" : "criteria";
				errors.merge(table + ":" + p.row() + ":" + p.field(), messages.get(p.code(), p.args()), (a, b) -> a + "; " + b);
			}
		}
		return errors;
	}

	private AdminUnit province(AdminUnit unit) {
		if (unit.level() == UnitLevel.PROVINCE) {
			return unit;
		}
		return units.ancestors(unit).stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst().orElse(unit);
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

}
