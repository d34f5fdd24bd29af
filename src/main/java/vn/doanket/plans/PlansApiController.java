package vn.doanket.plans;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.doanket.documents.DocxRenderer;
import vn.doanket.documents.PdfRenderer;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch", description = "Kế hoạch thực hiện Cuộc vận động: nhập từ văn bản, soạn, ban hành, xuất văn bản")
class PlansApiController {

	private final PlanImporting importing;

	private final PlanDrafting drafting;

	private final PlanQueries queries;

	private final PlanIssuing issuing;

	private final PlanExport export;

	private final Units units;

	PlansApiController(PlanImporting importing, PlanDrafting drafting, PlanQueries queries, PlanIssuing issuing,
			PlanExport export, Units units) {
		this.importing = importing;
		this.drafting = drafting;
		this.queries = queries;
		this.issuing = issuing;
		this.export = export;
		this.units = units;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đề xuất cấu trúc kế hoạch từ tệp .docx/.txt (không lưu): đầu văn bản, căn cứ, các phần, nhiệm vụ với thời gian đã chuẩn hóa, nơi nhận với mục đích")
	PlanData importFile(@Parameter(description = "tệp .docx hoặc .txt, tối đa 50 MB") @RequestPart(value = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null) {
			throw InvalidInputException.of("file", "error.required");
		}
		return importing.proposeFile(file.getOriginalFilename(), file.getBytes());
	}

	@PostMapping(path = "/import", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Đề xuất cấu trúc kế hoạch từ văn bản dán vào (text/plain, UTF-8; không lưu)")
	PlanData importText(@RequestBody(required = false) byte[] body) {
		return importing.proposeText(body == null ? "" : new String(body, StandardCharsets.UTF_8));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lưu kế hoạch mới (đề xuất đã xác nhận/sửa, hoặc soạn mới) thành bản dự thảo")
	ResponseEntity<PlanData> create(@RequestBody PlanData plan) {
		PlanData saved = drafting.create(plan);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + saved.id())).body(saved);
	}

	@GetMapping
	@Operation(summary = "Kế hoạch người dùng được xem; lọc theo năm, đơn vị ban hành (mã đơn vị), trạng thái, từ khóa không dấu")
	PageResult<PlanSummary> list(@RequestParam(required = false) Integer year,
			@Parameter(description = "mã đơn vị ban hành, ví dụ 62") @RequestParam(required = false) String issuer,
			@RequestParam(required = false) PlanData.PlanStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Long issuerId = null;
		if (issuer != null && !issuer.isBlank()) {
			LocalDate at = year == null ? null : LocalDate.of(Math.min(Math.max(year, 1900), 9999), 6, 30);
			issuerId = units.resolve(issuer.strip(), at)
				.orElseThrow(() -> InvalidInputException.of("issuer", "error.unit.notFound", issuer))
				.id();
		}
		return queries.list(year, issuerId, status, q, sort, Paging.page(page), Paging.size(size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một kế hoạch với toàn bộ nội dung")
	PlanData get(@PathVariable long id) {
		return queries.get(id);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa bản dự thảo; sửa kế hoạch đã ban hành tạo phiên bản mới (dự thảo)")
	PlanData update(@PathVariable long id, @RequestBody PlanData plan) {
		return drafting.update(id, plan);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Các phiên bản của kế hoạch")
	List<PlanSummary> versions(@PathVariable long id) {
		return queries.versions(id);
	}

	@PostMapping("/{id}/issue")
	@Operation(summary = "Ban hành: cấp số nếu chưa có, khóa sửa, gửi tới hộp thư các đơn vị nhận")
	PlanData issue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deriveBy) {
		return issuing.issue(id, deriveBy);
	}

	@GetMapping("/{id}/document.docx")
	@Operation(summary = "Văn bản Word theo Nghị định 30/2020")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(export.docx(id), export.filename(id, "docx"), DocxRenderer.MEDIA_TYPE);
	}

	@GetMapping("/{id}/document.pdf")
	@Operation(summary = "Văn bản PDF theo Nghị định 30/2020 (phông Liberation Serif nhúng)")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(export.pdf(id), export.filename(id, "pdf"), PdfRenderer.MEDIA_TYPE);
	}

	static ResponseEntity<byte[]> file(byte[] content, String filename, String mediaType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(content);
	}

}
