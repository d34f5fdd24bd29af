package vn.doanket.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.front.EmulationCluster;
import vn.doanket.front.EmulationClusters;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.Problem;

/**
 * Page of one emulation cluster's year: its scoring criteria (set by the owner unit), one form with a row per member
 * unit to enter the points of all members at once (saved together or not at all), and the ranking.
 */
@Controller
class EmulationPagesController {

	private final Emulation emulation;

	private final EmulationClusters clusters;

	private final AccessPolicy access;

	private final Messages messages;

	private final DerivedPoints derived;

	EmulationPagesController(Emulation emulation, EmulationClusters clusters, AccessPolicy access, Messages messages, DerivedPoints derived) {
		this.derived = derived;
		this.emulation = emulation;
		this.clusters = clusters;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/reviews/emulation/{id}")
	String cluster(@PathVariable long id, @RequestParam(defaultValue = "2023") int year, Model model) {
		List<Emulation.Criterion> criteria = emulation.criteriaOf(id, year);
		return show(id, year, criteriaForm(criteria), Map.of(), null, Map.of(), model);
	}

	@PostMapping("/reviews/emulation/{id}/criteria")
	String defineCriteria(@PathVariable long id, @RequestParam(defaultValue = "2023") int year, @ModelAttribute("criteriaForm") SchemeForm form,
			Model model, RedirectAttributes redirect) {
		List<Emulation.Criterion> given = form.getCriteria().stream().filter(r -> !r.blank())
			.map(r -> new Emulation.Criterion(null, r.getCode(), r.getText(), number(r.getMaxPoints()), r.getIndicator()))
			.toList();
		try {
			List<Emulation.Criterion> saved = emulation.defineCriteria(id, year, given);
			redirect.addFlashAttribute("notice", messages.get("emulationPage.criteriaSaved", saved.size(), year));
			return "redirect:/reviews/emulation/" + id + "?year=" + year;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formErrors", messages.describe(ex.problems().stream().filter(p -> p.row() == null).toList()));
			return show(id, year, form.compacted(0, 0), Map.of(), null, criteriaErrors(ex.problems()), model);
		}
	}

	/** All members' points from one form ({@code points.<unit id>.<criterion code>}), saved together or not at all. */
	@PostMapping("/reviews/emulation/{id}/scores")
	String score(@PathVariable long id, @RequestParam(defaultValue = "2023") int year, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Map<Long, Map<String, Integer>> points = new LinkedHashMap<>();
		Map<Long, Map<String, String>> typed = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			String[] parts = key.split("\\.", 3);
			if (parts.length == 3 && parts[0].equals("points") && parts[1].matches("\\d{1,18}")) {
				long unitId = Long.parseLong(parts[1]);
				typed.computeIfAbsent(unitId, u -> new LinkedHashMap<>()).put(parts[2], value);
				if (value != null && !value.isBlank()) {
					points.computeIfAbsent(unitId, u -> new LinkedHashMap<>())
						.put(parts[2], value.strip().matches("-?\\d{1,6}") ? Integer.parseInt(value.strip()) : -1);
				}
			}
		});
		try {
			emulation.scoreAll(id, year, points);
			redirect.addFlashAttribute("notice", messages.get("emulationPage.scoresSavedAll", points.size()));
			return "redirect:/reviews/emulation/" + id + "?year=" + year;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formErrors",
					ex.problems().stream().map(p -> p.row() != null ? messages.get(p.code(), p.args()) : messages.describe(p)).toList());
			Map<Long, Map<String, String>> errors = new LinkedHashMap<>();
			List<EmulationCluster.Member> members = clusters.get(id).members();
			for (Problem p : ex.problems()) {
				if (p.row() != null && p.row() <= members.size() && p.field().startsWith("points.")) {
					errors.computeIfAbsent(members.get(p.row() - 1).unitId(), u -> new LinkedHashMap<>())
						.merge(p.field().substring("points.".length()), messages.get(p.code(), p.args()), (a, b) -> a + "; " + b);
				}
			}
			return show(id, year, criteriaForm(emulation.criteriaOf(id, year)), errors, typed, Map.of(), model);
		}
	}

	/**
	 * The page; after a refused score form, {@code typed} holds every box as typed and {@code scoreErrors} the messages
	 * per member and criterion code.
	 */
	private String show(long id, int year, SchemeForm criteriaForm, Map<Long, Map<String, String>> scoreErrors,
			Map<Long, Map<String, String>> typed, Map<String, String> errors, Model model) {
		EmulationCluster cluster = clusters.get(id);
		List<Emulation.Criterion> criteria = emulation.criteriaOf(id, year);
		boolean owned = cluster.ownerUnitId() != null;
		model.addAttribute("cluster", cluster);
		model.addAttribute("year", year);
		model.addAttribute("criteria", criteria);
		model.addAttribute("criteriaForm", criteriaForm);
		model.addAttribute("indicators", derived.indicators());
		model.addAttribute("rows", emulation.ranking(id, year).stream()
			.map(r -> ScoreRow.of(r, typed == null ? null : typed.getOrDefault(r.unitId(), Map.of()), scoreErrors.getOrDefault(r.unitId(), Map.of())))
			.toList());
		model.addAttribute("errors", errors);
		model.addAttribute("canDefine", owned ? access.can(Capability.MANAGE_INDICATORS, cluster.ownerUnitId()) 
				: access.current().map(u -> u.role().can(Capability.MANAGE_USERS)).orElse(false));
		model.addAttribute("canScore", owned ? access.can(Capability.APPROVE_DATA, cluster.ownerUnitId()) 
				: access.current().map(u -> u.role().can(Capability.MANAGE_USERS)).orElse(false));
		return "reviews/emulation";
	}

	/** A member's row of the score table: the ranking, the values in its boxes and the messages next to them. */
	record ScoreRow(Emulation.Ranked ranked, Map<String, String> values, Map<String, String> errors) {

		static ScoreRow of(Emulation.Ranked ranked, Map<String, String> typed, Map<String, String> errors) {
			Map<String, String> values = new LinkedHashMap<>();
			if (typed != null) {
				values.putAll(typed);
			}
			else {
				ranked.points().forEach((code, points) -> values.put(code, String.valueOf(points)));
			}
			return new ScoreRow(ranked, values, errors);
		}

	}

	private static SchemeForm criteriaForm(List<Emulation.Criterion> criteria) {
		SchemeForm form = new SchemeForm();
		criteria.forEach(c -> {
			SchemeForm.CriterionRow row = new SchemeForm.CriterionRow(c.code(), "", c.text(), String.valueOf(c.maxPoints()));
			row.setIndicator(c.indicatorCode());
			form.getCriteria().add(row);
		});
		return form.compacted(3, 0);
	}

	private Map<String, String> criteriaErrors(List<Problem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.stream().filter(p -> p.row() != null).forEach(p -> errors.merge("criteria:" + p.row() + ":" + p.field(),
				messages.get(p.code(), p.args()), (a, b) -> a + "; " + b));
		return errors;
	}

	private static Integer number(String value) {
		String v = value == null ? "" : value.strip();
		return v.matches("-?\\d{1,9}") ? Integer.valueOf(v) : null;
	}

}
