package vn.doanket.inspections;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kiểm tra, giám sát", description = "Kế hoạch kiểm tra/giám sát, kết quả làm việc, kiến nghị và theo dõi thực hiện")
class InspectionsApiController {

	private final Units units;

	private final Inspections inspections;

	private final RecommendationFollowUp followUp;

	private final InspectionEditing editing;

	InspectionsApiController(Units units, Inspections inspections, RecommendationFollowUp followUp, InspectionEditing editing) {
		this.units = units;
		this.inspections = inspections;
		this.followUp = followUp;
		this.editing = editing;
	}

	@GetMapping("/inspections")
	@Operation(summary = "Các cuộc kiểm tra, giám sát do đơn vị (và cấp dưới) thực hiện hoặc tại đơn vị, kèm kiến nghị và tình trạng",
			description = "status=OPEN: còn kiến nghị chưa hoàn thành; status=OVERDUE: có kiến nghị quá hạn; q tìm không dấu theo tên")
	PageResult<Inspection> list(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return inspections.under(unit(unit, at), InspectionFilter.of(q, kind, status), Paging.page(page), Paging.size(size));
	}

	@PostMapping(path = "/units/{code}/inspections", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Lập kế hoạch kiểm tra/giám sát các đơn vị cấp dưới (kind INSPECTION hoặc SUPERVISION)")
	ResponseEntity<Inspection> create(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestBody InspectionInput input) {
		Inspection created = inspections.plan(unit(code, at), input);
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + created.id())).body(created);
	}

	@GetMapping("/inspections/{id}")
	@Operation(summary = "Một cuộc kiểm tra/giám sát với các buổi làm việc và kiến nghị")
	Inspection inspection(@PathVariable long id) {
		return inspections.get(id);
	}

	@PutMapping(path = "/inspections/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa kế hoạch kiểm tra/giám sát (giữ các nội dung đã có kết quả, các đơn vị đã làm việc hoặc có kiến nghị)")
	Inspection update(@PathVariable long id, @RequestBody InspectionInput input) {
		return editing.update(id, input);
	}

	@DeleteMapping("/inspections/{id}")
	@Operation(summary = "Xóa cuộc kiểm tra/giám sát khi chưa kiến nghị nào có báo cáo thực hiện hoặc đã đóng")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editing.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/inspections/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi nhận buổi làm việc tại đơn vị: ngày, tài liệu đã xem xét, kết quả theo từng nội dung")
	Inspection visit(@PathVariable long id, @RequestBody VisitInput input) {
		return inspections.recordVisit(id, input);
	}

	@PostMapping(path = "/inspections/{id}/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Kiến nghị với đơn vị được kiểm tra (nội dung, đơn vị thực hiện, thời hạn)")
	ResponseEntity<Recommendation> recommend(@PathVariable long id, @RequestBody RecommendationInput input) {
		Recommendation created = inspections.recommend(id, input);
		return ResponseEntity.created(URI.create("/api/v1/recommendations/" + created.id())).body(created);
	}

	@GetMapping("/recommendations/{id}")
	@Operation(summary = "Một kiến nghị và kết quả thực hiện")
	Recommendation recommendation(@PathVariable long id) {
		return followUp.get(id);
	}

	@PutMapping(path = "/recommendations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa kiến nghị khi đơn vị thực hiện chưa báo cáo và kiến nghị chưa đóng")
	Recommendation updateRecommendation(@PathVariable long id, @RequestBody RecommendationInput input) {
		return editing.updateRecommendation(id, input);
	}

	@DeleteMapping("/recommendations/{id}")
	@Operation(summary = "Xóa kiến nghị khi đơn vị thực hiện chưa báo cáo và kiến nghị chưa đóng")
	ResponseEntity<Void> deleteRecommendation(@PathVariable long id) {
		editing.deleteRecommendation(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/recommendations/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đơn vị thực hiện báo cáo kết quả (done=true: đề nghị đoàn xác nhận hoàn thành; close=true: báo cáo và đóng kiến nghị)")
	Recommendation respond(@PathVariable long id, @RequestBody ResponseInput input) {
		return followUp.respond(id, input, null, null);
	}

	@PostMapping(path = "/recommendations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đơn vị thực hiện gửi báo cáo kèm minh chứng (PDF, DOCX, JPEG, PNG; tối đa 20 MB)")
	Recommendation evidence(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String response, @RequestParam(defaultValue = "false") boolean done,
			@RequestParam(defaultValue = "false") boolean close) throws IOException {
		return followUp.respond(id, new ResponseInput(response, done, close), file.getOriginalFilename(), file.getBytes());
	}

	@PostMapping(path = "/recommendations/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đóng kiến nghị: đơn vị kiểm tra (kèm ghi chú) hoặc đơn vị thực hiện sau khi đã báo cáo kết quả")
	Recommendation close(@PathVariable long id, @RequestBody CloseInput input) {
		return followUp.close(id, input.note());
	}

	@PostMapping(path = "/recommendations/{id}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đơn vị kiểm tra mở lại kiến nghị đã đóng (kèm lý do, lưu trong lịch sử)")
	Recommendation reopen(@PathVariable long id, @RequestBody ReopenInput input) {
		return followUp.reopen(id, input.reason());
	}

	private AdminUnit unit(String code, LocalDate at) {
		return units.resolve(code, at).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

	/** The inspecting side's confirmation note (a named property, not a bare string). */
	record CloseInput(@JsonProperty("note") String note) {
	}

	/** Why the inspecting side reopens a recommendation. */
	record ReopenInput(@JsonProperty("reason") String reason) {
	}

}
