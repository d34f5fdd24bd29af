package vn.doanket.reporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/** The pivot with its charts and completeness, its exports, the XLSX template and its upload. */
@Controller
class ReportingPagesController {

	static final String DEFAULT_FORM = "KQ_CVD";

	static final String DEFAULT_PERIOD = "2023";

	private final Pivot pivot;

	private final IndicatorCatalog catalog;

	private final ReportTemplate template;

	private final DataImporting importing;

	private final Messages messages;

	ReportingPagesController(Pivot pivot, IndicatorCatalog catalog, ReportTemplate template, DataImporting importing,
			Messages messages) {
		this.pivot = pivot;
		this.catalog = catalog;
		this.template = template;
		this.importing = importing;
		this.messages = messages;
	}

	@GetMapping("/reporting")
	String pivot(@RequestParam(required = false) String form, @RequestParam(required = false) String period,
			@RequestParam(required = false) String parent, @RequestParam(required = false) String chart,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		PivotView view = pivot.view(or(form, DEFAULT_FORM), or(period, DEFAULT_PERIOD), parent, chart);
		model.addAttribute("view", view);
		model.addAttribute("forms", catalog.forms());
		model.addAttribute("chartLabels", view.rows().stream().map(PivotView.Row::name).toList());
		model.addAttribute("chartValues", view.rows().stream().map(r -> number(r.value(view.chartIndicator() == null ? "" : view.chartIndicator().code()))).toList());
		model.addAttribute("trendLabels", view.trend().stream().map(PivotView.TrendPoint::period).toList());
		model.addAttribute("trendValues", view.trend().stream().map(p -> number(p.value())).toList());
		return htmx != null ? "reporting/pivot :: content" : "reporting/pivot";
	}

	@GetMapping("/reporting/export.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) String form, @RequestParam(required = false) String period,
			@RequestParam(required = false) String parent) throws IOException {
		PivotView view = pivot.view(or(form, DEFAULT_FORM), or(period, DEFAULT_PERIOD), parent, null);
		return download(PivotExport.csv(view), name(view) + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/reporting/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String form, @RequestParam(required = false) String period,
			@RequestParam(required = false) String parent) throws IOException {
		PivotView view = pivot.view(or(form, DEFAULT_FORM), or(period, DEFAULT_PERIOD), parent, null);
		return download(PivotExport.xlsx(view), name(view) + ".xlsx", ReportTemplate.XLSX);
	}

	@GetMapping("/reporting/template.xlsx")
	ResponseEntity<byte[]> template(@RequestParam(required = false) String form, @RequestParam(required = false) String period)
			throws IOException {
		String code = or(form, DEFAULT_FORM);
		return download(template.build(code, or(period, DEFAULT_PERIOD)), "mau-" + code + "-" + or(period, DEFAULT_PERIOD) + ".xlsx",
				ReportTemplate.XLSX);
	}

	@PostMapping("/reporting/import")
	String importFile(@RequestParam(required = false) String form, @RequestParam(required = false) String period,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			DataImporting.Summary summary = importing.importRows(or(form, DEFAULT_FORM), file == null ? List.of()
					: DataValueFiles.read(file.getOriginalFilename(), file.getBytes()));
			redirect.addFlashAttribute("notice", messages.get("report.imported", summary.rows(), summary.changed()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("importErrors", messages.describe(ex.problems()));
		}
		return "redirect:/reporting?form=" + or(form, DEFAULT_FORM) + "&period=" + or(period, DEFAULT_PERIOD);
	}

	private static String name(PivotView view) {
		return "bao-cao-" + view.form().code() + "-" + view.period().id() + (view.parent() == null ? "" : "-" + view.parent().code());
	}

	private static BigDecimal number(BigDecimal value) {
		return value;
	}

	static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
