package vn.doanket.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.doanket.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo chỉ tiêu")
class ReportingApiController {

	private final IndicatorCatalog catalog;

	private final DataImporting importing;

	private final Analytics analytics;

	private final ReportWorkflow workflow;

	private final DataEntry entry;

	ReportingApiController(IndicatorCatalog catalog, DataImporting importing, Analytics analytics, ReportWorkflow workflow,
			DataEntry entry) {
		this.catalog = catalog;
		this.importing = importing;
		this.analytics = analytics;
		this.workflow = workflow;
		this.entry = entry;
	}

	record IndicatorView(String code, String name, String nameEn, ValueType valueType, Aggregation aggregation,
			Integer campaignContent, boolean byMemberOrg) {
	}

	record PeriodView(String id, PeriodType type, LocalDate start, LocalDate end, LocalDate deadline, LocalDate cutoffStart,
			LocalDate cutoffEnd) {
	}

	record ImportRequest(String form, List<ImportValue> values) {
	}

	/** One value; {@code area} (a residential area's id) makes it a value of that area of the commune {@code unit}. */
	record ImportValue(String unit, String period, String indicator, String memberOrg, String value, String area) {
	}

	record CommentRequest(String comment) {
	}

	@GetMapping("/indicators")
	@Operation(summary = "Danh mục chỉ tiêu: mã, tên, kiểu giá trị, cách tổng hợp, nội dung Cuộc vận động")
	PageResult<IndicatorView> indicators() {
		List<IndicatorView> items = catalog.indicators().stream()
			.map(i -> new IndicatorView(i.code(), i.nameVi(), i.nameEn(), i.valueType(), i.aggregation(), i.campaignContent(), i.byMemberOrg()))
			.toList();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/report-forms")
	@Operation(summary = "Biểu mẫu báo cáo với các phần, chỉ tiêu và quy tắc kiểm tra")
	PageResult<ReportForm> forms() {
		List<ReportForm> items = catalog.forms();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/periods/{id}")
	@Operation(summary = "Kỳ báo cáo theo Nghị định 09/2019 (202301, 2023Q1, 2023S1, 2023N9, 2023): khoảng thời gian, kỳ chốt số liệu, hạn nộp")
	PeriodView period(@PathVariable String id) {
		Period p = Period.parse(id);
		return new PeriodView(p.id(), p.type(), p.start(), p.end(), p.deadline(), p.cutoffStart(), p.cutoffEnd());
	}

	@GetMapping("/analytics")
	@Operation(summary = "Tổng hợp một chỉ tiêu theo cấp đơn vị, tức thời; với at từ 01/7/2025 số liệu cũ được quy về đơn vị mới")
	AnalyticsResult analytics(@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
			@RequestParam(required = false) String level, @RequestParam(required = false) String parent,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String memberOrg) {
		return analytics.totals(indicator, period, level, parent, at, memberOrg);
	}

	@PostMapping(path = "/data-values", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Nhập số liệu (JSON): cả lô hoặc không gì cả; gửi lại cùng dữ liệu không thay đổi gì")
	DataImporting.Summary importJson(@RequestBody ImportRequest request) {
		List<ImportValue> values = request.values() == null ? List.of() : request.values();
		List<ImportRow> rows = new java.util.ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			ImportValue v = values.get(i) == null ? new ImportValue(null, null, null, null, null, null) : values.get(i);
			rows.add(new ImportRow(i + 1, v.unit(), v.period(), v.indicator(), v.memberOrg(), v.value(), v.area()));
		}
		return importing.importRows(request.form(), rows);
	}

	@PostMapping(path = "/data-values", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Nhập số liệu (CSV trong thân yêu cầu): cột unit, period, indicator, member_org, value")
	DataImporting.Summary importCsv(@RequestParam(required = false) String form, @RequestBody(required = false) String body) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		return importing.importRows(form, DataValueFiles.read("values.csv", content));
	}

	@PostMapping(path = "/data-values", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập số liệu từ tệp CSV hoặc XLSX (dạng dòng hoặc theo mẫu tải về)")
	DataImporting.Summary importFile(@RequestParam(required = false) String form, @RequestPart("file") MultipartFile file)
			throws IOException {
		return importing.importRows(form, DataValueFiles.read(file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/reports/{form}/{unit}/{period}")
	@Operation(summary = "Một báo cáo: trạng thái và số liệu; với area (mã khu dân cư của xã) là số liệu của khu dân cư đó")
	ReportView report(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestParam(required = false) String area) {
		return entry.view(form, unit, period, area);
	}

	@PostMapping("/reports/{form}/{unit}/{period}/submit")
	@Operation(summary = "Gửi báo cáo lên cấp trên (kiểm tra chỉ tiêu bắt buộc và quy tắc)")
	Submission submit(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
		return workflow.submit(form, unit, period);
	}

	@PostMapping("/reports/{form}/{unit}/{period}/approve")
	@Operation(summary = "Cấp trên phê duyệt báo cáo (khi mọi đơn vị cấp dưới đã được phê duyệt); số liệu bị khóa")
	Submission approve(@PathVariable String form, @PathVariable String unit, @PathVariable String period) {
		return workflow.approve(form, unit, period);
	}

	@PostMapping("/reports/{form}/{unit}/{period}/return")
	@Operation(summary = "Cấp trên trả lại báo cáo đã gửi, kèm ý kiến")
	Submission returnReport(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestBody(required = false) CommentRequest request) {
		return workflow.returnForCorrection(form, unit, period, request == null ? null : request.comment());
	}

	@PostMapping("/reports/{form}/{unit}/{period}/unlock")
	@Operation(summary = "Cấp phê duyệt mở khóa báo cáo đã duyệt để sửa, kèm lý do (ghi nhật ký)")
	Submission unlock(@PathVariable String form, @PathVariable String unit, @PathVariable String period,
			@RequestBody(required = false) CommentRequest request) {
		return workflow.unlock(form, unit, period, request == null ? null : request.comment());
	}

}
