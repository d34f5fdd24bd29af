package vn.doanket.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.FrontCommittees;
import vn.doanket.front.ResidentialAreas;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

import vn.doanket.shared.Paging;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** Pages for community models: the registry with the overview by unit, registration, status over time. */
@Controller
class ModelPagesController {

	private final Units units;

	private final CommunityModels models;

	private final ResidentialAreas areas;

	private final FrontCommittees committees;

	private final AccessPolicy access;

	private final Messages messages;

	ModelPagesController(Units units, CommunityModels models, ResidentialAreas areas, FrontCommittees committees,
			AccessPolicy access, Messages messages) {
		this.units = units;
		this.models = models;
		this.areas = areas;
		this.committees = committees;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/activities/models")
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer content, @RequestParam(defaultValue = "2023") int year,
			@RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		model.addAttribute("unit", selected);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("content", content);
		model.addAttribute("year", year);
		model.addAttribute("result", models.under(selected, q, content, Paging.page(page), Paging.DEFAULT_SIZE));
		if (htmx != null) {
			return "activities/models :: results";
		}
		model.addAttribute("overview", selected.level() == UnitLevel.COMMUNE ? List.of() : models.overview(selected, year));
		model.addAttribute("replications", models.replications(selected));
		model.addAttribute("byContent", models.byContent(selected));
		model.addAttribute("canRecord", access.can(Capability.RECORD_ACTIVITIES, selected.id()));
		return "activities/models";
	}

	@GetMapping("/activities/models/new")
	String form(@RequestParam(required = false) Long unit, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		access.require(Capability.RECORD_ACTIVITIES, selected.id());
		return form(model, selected, new ModelForm("", 1, "", null, null, null, null, null, null, "", null, List.of()), Map.of());
	}

	@PostMapping("/activities/models/new")
	String register(@RequestParam long unit, ModelForm form, Model model, RedirectAttributes redirect) {
		AdminUnit selected = unit(unit);
		try {
			CommunityModel created = models.register(selected, form.toInput());
			redirect.addFlashAttribute("notice", messages.get("model.saved", created.name()));
			return "redirect:/activities/models/" + created.id();
		}
		catch (InvalidInputException ex) {
			return form(model, selected, form, messages.byField(ex.problems()));
		}
	}

	@GetMapping("/activities/models/{id}")
	String view(@PathVariable long id, Model model) {
		CommunityModel found = models.get(id);
		model.addAttribute("model", found);
		model.addAttribute("statuses", ModelStatus.values());
		model.addAttribute("canRecord", access.can(Capability.RECORD_ACTIVITIES, found.unitId()));
		model.addAttribute("memberOrgs", committees.memberOrganizations());
		return "activities/model";
	}

	@PostMapping("/activities/models/{id}/status")
	String status(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			models.changeStatus(id, ModelStatus.parse(status), effectiveOn, note);
			redirect.addFlashAttribute("notice", messages.get("model.statusSaved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/activities/models/" + id;
	}

	private String form(Model model, AdminUnit unit, ModelForm form, Map<String, String> errors) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("memberOrgs", committees.memberOrganizations());
		List<vn.doanket.front.ResidentialArea> candidates = new ArrayList<>();
		if (unit.level() == UnitLevel.COMMUNE) {
			candidates.addAll(areas.all(unit));
		}
		model.addAttribute("areas", candidates);
		return "activities/model-form";
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.require(id);
	}

	/** The registration form as posted. */
	record ModelForm(String name, Integer contentNo, String category, Long leadOrgId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn, Integer participants, Integer beneficiaries,
			Long moneyContributed, Integer labourDays, String results, Long replicatesId, List<Long> areaIds) {

		ModelInput toInput() {
			return new ModelInput(name, contentNo, category, leadOrgId, startedOn, participants, beneficiaries, moneyContributed,
					labourDays, results, replicatesId, areaIds);
		}

	}

}
