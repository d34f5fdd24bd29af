package vn.doanket.inspections;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.doanket.documents.DocxRenderer;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.Paging;
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Pages: the list of inspections with filters, planning one, its detail, and its documents. */
@Controller
class InspectionPagesController {

	private final Units units;

	private final Inspections inspections;

	private final RecommendationFollowUp followUp;

	private final InspectionDocuments documents;

	private final AccessPolicy access;

	private final Messages messages;

	private final InspectionListExport export;

	private final InspectionEditing editing;

	InspectionPagesController(Units units, Inspections inspections, RecommendationFollowUp followUp, InspectionDocuments documents,
			AccessPolicy access, Messages messages, InspectionListExport export, InspectionEditing editing) {
		this.editing = editing;
		this.export = export;
		this.units = units;
		this.inspections = inspections;
		this.followUp = followUp;
		this.documents = documents;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/inspections")
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		InspectionFilter filter = InspectionFilter.of(q, kind, status);
		model.addAttribute("unit", selected);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", filter.kind() == null ? "" : filter.kind().name());
		model.addAttribute("status", filter.status() == null ? "" : filter.status());
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("result", inspections.under(selected, filter, Paging.page(page), Paging.DEFAULT_SIZE));
		if (htmx != null) {
			return "inspections/list :: results";
		}
		model.addAttribute("canInspect", access.can(Capability.INSPECT, selected.id()));
		return "inspections/list";
	}

	@GetMapping("/inspections/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("kiem-tra-giam-sat-" + selected.code() + ".xlsx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(export.xlsx(selected, InspectionFilter.of(q, kind, status)));
	}

	@GetMapping("/inspections/new")
	String form(@RequestParam(required = false) Long unit, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		access.require(Capability.INSPECT, selected.id());
		return form(model, selected, new PlanForm("INSPECTION", "", "", null, null, "", List.of()), Map.of(), null);
	}

	@PostMapping("/inspections/new")
	String plan(@RequestParam long unit, PlanForm form, Model model, RedirectAttributes redirect) {
		AdminUnit selected = unit(unit);
		try {
			Inspection created = inspections.plan(selected, form.toInput());
			redirect.addFlashAttribute("notice", messages.get("inspection.saved", created.title()));
			return "redirect:/inspections/" + created.id();
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (Problem p : ex.problems()) {
				errors.merge(p.field(), messages.get(p.code(), p.args()), (a, b) -> a + "; " + b);
			}
			return form(model, selected, form, errors, null);
		}
	}

	@GetMapping("/inspections/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Inspection inspection = inspections.get(id);
		access.require(Capability.INSPECT, inspection.inspectorUnitId());
		return form(model, unit(inspection.inspectorUnitId()), PlanForm.of(inspection), Map.of(), inspection);
	}

	@PostMapping("/inspections/{id}/edit")
	String update(@PathVariable long id, PlanForm form, Model model, RedirectAttributes redirect) {
		Inspection inspection = inspections.get(id);
		try {
			Inspection updated = editing.update(id, form.toInput());
			redirect.addFlashAttribute("notice", messages.get("inspection.updated", updated.title()));
			return "redirect:/inspections/" + id;
		}
		catch (InvalidInputException ex) {
			return form(model, unit(inspection.inspectorUnitId()), form, messages.byField(ex.problems()), inspection);
		}
	}

	@PostMapping("/inspections/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Inspection inspection = inspections.get(id);
		try {
			editing.delete(id);
			redirect.addFlashAttribute("notice", messages.get("inspection.deleted", inspection.title()));
			return "redirect:/inspections?unit=" + inspection.inspectorUnitId();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			return "redirect:/inspections/" + id;
		}
	}

	@GetMapping("/inspections/{id}")
	String view(@PathVariable long id, Model model) {
		Inspection inspection = inspections.get(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("canInspect", inspections.canInspect(inspection));
		model.addAttribute("canRespond", inspection.recommendations().stream().filter(followUp::canRespond).map(Recommendation::id).toList());
		model.addAttribute("canClose", inspection.recommendations().stream().filter(followUp::canClose).map(Recommendation::id).toList());
		model.addAttribute("canEdit", inspection.recommendations().stream().filter(r -> !InspectionEditing.followedUp(r)).map(Recommendation::id)
			.toList());
		model.addAttribute("canDelete", inspections.canInspect(inspection)
				&& inspection.recommendations().stream().noneMatch(InspectionEditing::followedUp));
		model.addAttribute("canReopen", inspection.recommendations().stream().filter(followUp::canReopen).map(Recommendation::id).toList());
		model.addAttribute("owners", owners(inspection));
		return "inspections/view";
	}

	@GetMapping("/inspections/{id}/report.docx")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		return download(documents.report(id), "bao-cao-kiem-tra-" + id + ".docx");
	}

	@GetMapping("/inspections/visits/{id}/minutes.docx")
	ResponseEntity<byte[]> minutes(@PathVariable long id) {
		return download(documents.minutes(id), "bien-ban-" + id + ".docx");
	}

	/** The inspected units and the units below them that a recommendation may be addressed to. */
	private List<AdminUnit> owners(Inspection inspection) {
		return inspection.targets().stream().flatMap(t -> units.byId(t.unitId()).stream()).flatMap(t -> units.subtree(t).stream())
			.limit(500).toList();
	}

	/** The planning form, for a new inspection or (when {@code editing} is given) for correcting one. */
	private String form(Model model, AdminUnit unit, PlanForm form, Map<String, String> errors, Inspection editing) {
		model.addAttribute("unit", unit);
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("candidates", units.children(unit));
		return "inspections/form";
	}

	static ResponseEntity<byte[]> download(byte[] body, String filename) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(DocxRenderer.MEDIA_TYPE))
			.body(body);
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

	/** The planning form as posted: topics and team one per line. */
	record PlanForm(String kind, String title, String topics, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo, String team, List<String> targetCodes) {

		static PlanForm of(Inspection inspection) {
			return new PlanForm(inspection.kind().name(), inspection.title(), String.join("\n", inspection.topics()), inspection.periodFrom(),
					inspection.periodTo(), String.join("\n", inspection.team()), inspection.targets().stream().map(Inspection.Target::code).toList());
		}

		InspectionInput toInput() {
			return new InspectionInput(kind, title, topics == null ? List.of() : List.of(topics), periodFrom, periodTo,
					team == null ? List.of() : List.of(team), targetCodes);
		}

		public boolean targets(String code) {
			return targetCodes != null && targetCodes.contains(code);
		}

	}

}
