package vn.doanket.reviews;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.documents.DocxRenderer;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Thi đua, khen thưởng", description = "Tiêu chí chấm điểm cụm thi đua, xếp hạng, quyết định khen thưởng và lịch sử khen thưởng")
class EmulationApiController {

	private final Units units;

	private final Emulation emulation;

	private final Commendations commendations;

	private final CommendationDocument document;

	private final Nominations nominations;

	EmulationApiController(Units units, Emulation emulation, Commendations commendations, CommendationDocument document,
			Nominations nominations) {
		this.nominations = nominations;
		this.units = units;
		this.emulation = emulation;
		this.commendations = commendations;
		this.document = document;
	}

	@GetMapping("/emulation-clusters/{id}/criteria")
	@Operation(summary = "Tiêu chí chấm điểm thi đua của cụm trong năm")
	PageResult<Emulation.Criterion> criteria(@PathVariable long id, @RequestParam int year) {
		return page(emulation.criteriaOf(id, year));
	}

	@PutMapping(path = "/emulation-clusters/{id}/criteria", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thiết lập tiêu chí chấm điểm (mã, nội dung, điểm tối đa) của cụm trong năm")
	PageResult<Emulation.Criterion> defineCriteria(@PathVariable long id, @RequestParam int year, @RequestBody List<Emulation.Criterion> criteria) {
		return page(emulation.defineCriteria(id, year, criteria));
	}

	@PutMapping(path = "/emulation-clusters/{id}/scores/{unitId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Chấm điểm một đơn vị thành viên theo mã tiêu chí; trả về bảng xếp hạng")
	PageResult<Emulation.Ranked> score(@PathVariable long id, @PathVariable long unitId, @RequestParam int year,
			@RequestBody Map<String, Integer> points) {
		return page(emulation.score(id, year, unitId, points));
	}

	@PutMapping(path = "/emulation-clusters/{id}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Chấm điểm nhiều đơn vị thành viên cùng lúc {\"mã đơn vị\":{\"mã tiêu chí\":điểm}}: lưu tất cả hoặc không lưu gì, nêu từng dòng sai; trả về bảng xếp hạng")
	PageResult<Emulation.Ranked> scoreAll(@PathVariable long id, @RequestParam int year, @RequestBody Map<Long, Map<String, Integer>> points) {
		return page(emulation.scoreAll(id, year, points));
	}

	@GetMapping("/emulation-clusters/{id}/ranking")
	@Operation(summary = "Xếp hạng các đơn vị thành viên của cụm trong năm")
	PageResult<Emulation.Ranked> ranking(@PathVariable long id, @RequestParam int year) {
		return page(emulation.ranking(id, year));
	}

	@PostMapping(path = "/units/{code}/commendations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ban hành quyết định khen thưởng (Bằng khen BANG_KHEN / Giấy khen GIAY_KHEN) cho tập thể, cá nhân trong phạm vi")
	ResponseEntity<CommendationDecision> decide(@PathVariable String code, @RequestBody Commendations.DecisionInput input) {
		CommendationDecision created = commendations.decide(unit(code), input);
		return ResponseEntity.created(URI.create("/api/v1/commendations/" + created.id())).body(created);
	}

	@GetMapping("/commendations")
	@Operation(summary = "Quyết định khen thưởng của đơn vị và cấp dưới")
	PageResult<CommendationDecision> decisions(@RequestParam String unit, @RequestParam(required = false) Integer year) {
		return page(commendations.under(unit(unit), year));
	}

	@GetMapping("/commendations/{id}")
	@Operation(summary = "Một quyết định khen thưởng với danh sách được khen")
	CommendationDecision decision(@PathVariable long id) {
		return commendations.get(id);
	}

	@GetMapping("/commendations/{id}/document.docx")
	@Operation(summary = "Quyết định khen thưởng dạng Word theo Nghị định 30/2020/NĐ-CP")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("quyet-dinh-khen-thuong-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(DocxRenderer.MEDIA_TYPE))
			.body(document.docx(id));
	}

	@GetMapping("/commendations/history")
	@Operation(summary = "Lịch sử khen thưởng của một tập thể/cá nhân (tìm theo tên, không dấu được)")
	PageResult<CommendationDecision.Award> history(@RequestParam String unit, @RequestParam(required = false) String q) {
		return page(commendations.history(unit(unit), q));
	}

	@PostMapping(path = "/units/{code}/nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đề nghị khen thưởng tập thể/cá nhân trong phạm vi đơn vị, kèm thành tích và số liệu minh chứng")
	ResponseEntity<Nominations.Nomination> nominate(@PathVariable String code, @RequestBody Nominations.NominationInput input) {
		Nominations.Nomination created = nominations.nominate(unit(code), input);
		return ResponseEntity.created(URI.create("/api/v1/nominations?unit=" + code + "&year=" + created.year())).body(created);
	}

	@GetMapping("/nominations")
	@Operation(summary = "Các đề nghị khen thưởng của đơn vị và cấp dưới trong năm")
	PageResult<Nominations.Nomination> nominations(@RequestParam String unit, @RequestParam int year) {
		return page(nominations.under(unit(unit), year));
	}

	private AdminUnit unit(String code) {
		return units.resolve(code, null).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

	private static <T> PageResult<T> page(List<T> rows) {
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

}
