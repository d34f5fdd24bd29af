package vn.doanket.reviews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.ResidentialArea;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** Pages: classes of residential areas by unit, and one area's self-assessment and the commune's confirmation. */
@Controller
class EvaluationPagesController {

	private final Units units;

	private final AreaEvaluations evaluations;

	private final ResidentialAreas areas;

	private final AccessPolicy access;

	private final Messages messages;

	EvaluationPagesController(Units units, AreaEvaluations evaluations, ResidentialAreas areas, AccessPolicy access, Messages messages) {
		this.units = units;
		this.evaluations = evaluations;
		this.areas = areas;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reviews/evaluations")
	String summary(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		List<ClassShareRow> rows = evaluations.rollUp(selected, year);
		EvaluationScheme scheme = evaluations.scheme(selected, year);
		Set<String> labels = new LinkedHashSet<>();
		scheme.classes().forEach(c -> labels.add(c.label()));
		rows.forEach(r -> labels.addAll(r.perClass().keySet()));
		model.addAttribute("unit", selected);
		model.addAttribute("year", year);
		model.addAttribute("rows", rows);
		model.addAttribute("labels", labels);
		model.addAttribute("scheme", scheme);
		model.addAttribute("commune", selected.level() == UnitLevel.COMMUNE);
		return "reviews/evaluations";
	}

	@GetMapping("/reviews/evaluations/areas/{id}")
	String area(@PathVariable long id, @RequestParam(defaultValue = "2023") int year, Model model) {
		ResidentialArea area = areas.get(id);
		AdminUnit commune = unit(area.communeId());
		Optional<AreaEvaluation> evaluation = find(id, year);
		model.addAttribute("area", area);
		model.addAttribute("commune", commune);
		model.addAttribute("year", year);
		model.addAttribute("scheme", evaluations.scheme(commune, year));
		model.addAttribute("evaluation", evaluation.orElse(null));
		boolean confirmed = evaluation.map(AreaEvaluation::confirmed).orElse(false);
		model.addAttribute("canAssess", !confirmed && access.can(Capability.ENTER_DATA, commune.id()));
		model.addAttribute("canConfirm", evaluation.isPresent() && !confirmed && access.can(Capability.APPROVE_DATA, commune.id()));
		return "reviews/evaluation-area";
	}

	@PostMapping("/reviews/evaluations/areas/{id}/self")
	String selfAssess(@PathVariable long id, @RequestParam(defaultValue = "2023") int year,
			@RequestParam(required = false) List<String> code, @RequestParam(required = false) List<String> points,
			RedirectAttributes redirect) {
		return run(id, year, redirect, () -> {
			AreaEvaluation saved = evaluations.selfAssess(id, year, points(code, points));
			return messages.get("evaluations.saved", saved.areaName());
		});
	}

	@PostMapping("/reviews/evaluations/areas/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(defaultValue = "2023") int year,
			@RequestParam(required = false) List<String> code, @RequestParam(required = false) List<String> points,
			RedirectAttributes redirect) {
		return run(id, year, redirect, () -> {
			AreaEvaluation saved = evaluations.confirm(id, year, points(code, points));
			return messages.get("evaluations.confirmed", saved.classLabel() == null ? "—" : saved.classLabel());
		});
	}

	private String run(long areaId, int year, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reviews/evaluations/areas/" + areaId + "?year=" + year;
	}

	/** Points typed in the form, by criterion code; a blank or non-numeric box is refused as out of range. */
	private static Map<String, Integer> points(List<String> codes, List<String> values) {
		Map<String, Integer> points = new LinkedHashMap<>();
		List<String> given = values == null ? new ArrayList<>() : values;
		for (int i = 0; codes != null && i < codes.size(); i++) {
			String value = i < given.size() ? given.get(i).strip() : "";
			if (!value.isEmpty()) {
				points.put(codes.get(i), value.matches("-?\\d{1,6}") ? Integer.parseInt(value) : -1);
			}
		}
		return points;
	}

	private Optional<AreaEvaluation> find(long areaId, int year) {
		try {
			return Optional.of(evaluations.get(areaId, year));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

}
