package vn.doanket.plans;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.units.AdminUnit;

/** Progress pages: the issuer's matrix (items × units) with filters and drill-down; a unit's report form. */
@Controller
class ProgressPagesController {

	private final ProgressMatrix matrix;

	private final ProgressReporting reporting;

	private final PlanQueries queries;

	private final PlanCascade cascade;

	private final Messages messages;

	ProgressPagesController(ProgressMatrix matrix, ProgressReporting reporting, PlanQueries queries, PlanCascade cascade,
			Messages messages) {
		this.matrix = matrix;
		this.reporting = reporting;
		this.queries = queries;
		this.cascade = cascade;
		this.messages = messages;
	}

	@GetMapping("/plans/{id}/progress")
	String matrix(@PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String state,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ProgressMatrix.CellState filter = null;
		for (ProgressMatrix.CellState s : ProgressMatrix.CellState.values()) {
			if (s.name().equals(state)) {
				filter = s;
			}
		}
		model.addAttribute("plan", queries.get(id));
		model.addAttribute("matrix", matrix.of(id, unit, filter));
		model.addAttribute("allUnits", matrix.of(id, null, null).units());
		model.addAttribute("unit", unit);
		model.addAttribute("state", filter == null ? "" : filter.name());
		model.addAttribute("states", ProgressMatrix.CellState.values());
		model.addAttribute("deadlines", matrix.deadlines(id));
		model.addAttribute("today", LocalDate.now());
		return htmx != null ? "plans/progress :: grid" : "plans/progress";
	}

	/** The matrix as on screen (same filters), as CSV for Excel (UTF-8 with a byte order mark). */
	@GetMapping("/plans/{id}/progress.csv")
	org.springframework.http.ResponseEntity<byte[]> matrixCsv(@PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String state) throws IOException {
		ProgressMatrix.CellState filter = java.util.Arrays.stream(ProgressMatrix.CellState.values())
			.filter(s -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		ProgressMatrix.Matrix grid = matrix.of(id, unit, filter);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(
				new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.EXCEL)) {
			List<String> header = new ArrayList<>(List.of(messages.get("plans.label"), messages.get("field.itemTitle"), messages.get("plans.due")));
			grid.units().forEach(u -> header.add(u.name()));
			csv.printRecord(header);
			for (ProgressMatrix.Row row : grid.rows()) {
				List<String> cells = new ArrayList<>(List.of(row.item().label() == null ? "" : row.item().label(), row.item().title(),
						row.due() == null ? "" : row.due().toString()));
				row.cells().forEach(c -> cells.add(messages.get("progress.state." + c.reported())
						+ (c.state() == ProgressMatrix.CellState.OVERDUE ? " / " + messages.get("progress.state.OVERDUE") : "")));
				csv.printRecord(cells);
			}
		}
		return PlansApiController.file(out.toByteArray(), "tien-do-ke-hoach-" + id + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/plans/items/{itemId}/progress/{unitId}")
	String cell(@PathVariable long itemId, @PathVariable long unitId, Model model) {
		long planId = reporting.planOf(itemId);
		queries.get(planId);
		model.addAttribute("progress", reporting.find(itemId, unitId));
		return "plans/cell :: cell";
	}

	@GetMapping("/plans/{id}/report")
	String reportForm(@PathVariable long id, @RequestParam(required = false) Long unit, Model model) {
		PlanData plan = queries.get(id);
		List<AdminUnit> units = cascade.unitsThatReport(id);
		AdminUnit selected = units.stream().filter(u -> unit == null || u.id() == unit).findFirst().orElse(null);
		model.addAttribute("plan", plan);
		model.addAttribute("units", units);
		model.addAttribute("unit", selected);
		List<ReportRow> rows = new ArrayList<>();
		if (selected != null) {
			for (PlanData.Item item : ProgressMatrix.trackedItems(plan)) {
				rows.add(new ReportRow(item, reporting.find(item.id(), selected.id()), ProgressMatrix.due(item.timeframe())));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", ProgressReporting.Status.values());
		model.addAttribute("today", LocalDate.now());
		return "plans/report";
	}

	record ReportRow(PlanData.Item item, ProgressReporting.Progress progress, LocalDate due) {
	}

	@PostMapping("/plans/items/{itemId}/report")
	String report(@PathVariable long itemId, @RequestParam long unit, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@RequestParam(value = "file", required = false) List<MultipartFile> files, RedirectAttributes redirect)
			throws IOException {
		long planId = reporting.planOf(itemId);
		List<ProgressReporting.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
					uploads.add(new ProgressReporting.Upload(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		try {
			reporting.report(itemId, unit, new ProgressReporting.Report(status, note, reportedOn), uploads);
			redirect.addFlashAttribute("notice", messages.get("progress.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/plans/" + planId + "/report?unit=" + unit + "#item-" + itemId;
	}

}
