package vn.doanket.plans;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.doanket.shared.PageResult;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch: triển khai cấp dưới và tiến độ")
class PlanProgressApiController {

	private final PlanCascade cascade;

	private final ProgressReporting reporting;

	private final ProgressMatrix matrix;

	private final PlanInbox inbox;

	private final java.time.Clock clock;

	PlanProgressApiController(PlanCascade cascade, ProgressReporting reporting, ProgressMatrix matrix, PlanInbox inbox,
			java.time.Clock clock) {
		this.clock = clock;
		this.cascade = cascade;
		this.reporting = reporting;
		this.matrix = matrix;
		this.inbox = inbox;
	}

	@GetMapping("/inbox")
	@Operation(summary = "Kế hoạch cấp trên gửi tới các đơn vị trong phạm vi của tôi")
	PageResult<PlanInbox.Entry> inbox() {
		List<PlanInbox.Entry> items = inbox.mine();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/reminders")
	@Operation(summary = "Nhắc việc: nhiệm vụ của kế hoạch cấp trên sắp đến hạn (14 ngày) hoặc quá hạn mà đơn vị trong phạm vi của tôi chưa hoàn thành")
	PageResult<PlanInbox.Reminder> reminders() {
		List<PlanInbox.Reminder> items = inbox.reminders(LocalDate.now(clock), PlanPagesController.REMINDER_DAYS);
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@PostMapping("/{id}/derive")
	@Operation(summary = "Xây dựng kế hoạch của đơn vị mình từ kế hoạch cấp trên đã ban hành (bản dự thảo, nhiệm vụ liên kết với nhiệm vụ cấp trên)")
	ResponseEntity<PlanData> derive(@PathVariable long id, @RequestParam(required = false) Long unit) {
		PlanData draft = cascade.derive(id, unit);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + draft.id())).body(draft);
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "Tình hình xây dựng kế hoạch của các đơn vị cấp dưới: chưa có, dự thảo, đã ban hành, ban hành muộn")
	List<PlanCascade.ChildPlan> children(@PathVariable long id) {
		return cascade.children(id);
	}

	@GetMapping("/{id}/progress")
	@Operation(summary = "Ma trận tiến độ: nhiệm vụ × đơn vị (lọc theo đơn vị, trạng thái NONE/NOT_STARTED/IN_PROGRESS/DONE/OVERDUE)")
	ProgressMatrix.Matrix progress(@PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) ProgressMatrix.CellState state) {
		return matrix.of(id, unit, state);
	}

	@GetMapping("/{id}/deadlines")
	@Operation(summary = "Các nhiệm vụ có hạn, hạn gần nhất trước, với số đơn vị đã hoàn thành")
	List<ProgressMatrix.Row> deadlines(@PathVariable long id) {
		return matrix.deadlines(id);
	}

	@PostMapping(path = "/items/{itemId}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Báo cáo tiến độ một nhiệm vụ cho một đơn vị: trạng thái, ghi chú, ngày, tệp minh chứng (PDF/JPEG/PNG/DOCX, tối đa 20 MB)")
	ProgressReporting.Progress report(@PathVariable long itemId, @RequestParam long unit,
			@RequestParam(required = false) String status, @RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@RequestPart(value = "file", required = false) List<MultipartFile> files) throws IOException {
		List<ProgressReporting.Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				uploads.add(new ProgressReporting.Upload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		return reporting.report(itemId, unit, new ProgressReporting.Report(status, note, reportedOn), uploads);
	}

	@GetMapping("/evidence/{evidenceId}")
	@Operation(summary = "Tải tệp minh chứng")
	ResponseEntity<byte[]> evidence(@PathVariable long evidenceId) {
		ProgressReporting.EvidenceFile file = reporting.download(evidenceId);
		return PlansApiController.file(file.content(), file.filename(), file.mediaType());
	}

}
