package vn.doanket.reviews;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.documents.DocxRenderer;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1/review-reports")
@Tag(name = "Báo cáo sơ kết", description = "Báo cáo sơ kết năm thực hiện Cuộc vận động của một Ủy ban MTTQ")
class ReviewReportApiController {

	private final Units units;

	private final ReviewReports reports;

	private final ReviewReportDocument document;

	ReviewReportApiController(Units units, ReviewReports reports, ReviewReportDocument document) {
		this.units = units;
		this.reports = reports;
		this.document = document;
	}

	@GetMapping
	@Operation(summary = "Nội dung báo cáo sơ kết năm: các mục đánh số, đoạn văn và bảng số liệu")
	ReviewReport report(@RequestParam String unit, @RequestParam int year) {
		return reports.build(unit(unit), year);
	}

	@GetMapping("/document.docx")
	@Operation(summary = "Báo cáo sơ kết năm dạng Word theo Nghị định 30/2020/NĐ-CP")
	ResponseEntity<byte[]> docx(@RequestParam String unit, @RequestParam int year) {
		AdminUnit selected = unit(unit);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("bao-cao-so-ket-" + selected.code() + "-" + year + ".docx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(DocxRenderer.MEDIA_TYPE))
			.body(document.docx(reports.build(selected, year)));
	}

	private AdminUnit unit(String code) {
		return units.resolve(code, null).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

}
