package vn.doanket.reviews;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Khảo sát sự hài lòng", description = "Mẫu phiếu, đợt khảo sát, tổng hợp phiếu theo khu dân cư (ẩn danh) theo Hướng dẫn 90/HD-MTTW-BTT")
class SurveysApiController {

	private final Units units;

	private final SatisfactionSurveys surveys;

	SurveysApiController(Units units, SatisfactionSurveys surveys) {
		this.units = units;
		this.surveys = surveys;
	}

	@GetMapping("/survey-templates")
	@Operation(summary = "Các mẫu phiếu khảo sát")
	PageResult<TemplateRow> templates() {
		List<TemplateRow> rows = surveys.templates().stream().map(r -> new TemplateRow((Long) r[0], (String) r[1])).toList();
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

	@PostMapping(path = "/survey-templates", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tạo mẫu phiếu: câu hỏi và phương án trả lời; một câu đo mức hài lòng, đánh dấu các phương án 'hài lòng'")
	ResponseEntity<TemplateRow> createTemplate(@RequestBody SurveyInputs.Template template) {
		long id = surveys.createTemplate(template);
		return ResponseEntity.created(URI.create("/api/v1/survey-templates")).body(new TemplateRow(id, template.name()));
	}

	@PostMapping(path = "/units/{code}/survey-rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Mở đợt khảo sát của xã hoặc huyện với tỷ lệ hộ khảo sát tối thiểu và ngưỡng hài lòng (%)")
	ResponseEntity<RoundResult> open(@PathVariable String code, @RequestBody SurveyInputs.Round round) {
		SurveyRound created = surveys.open(unit(code), round);
		return ResponseEntity.created(URI.create("/api/v1/survey-rounds/" + created.id())).body(RoundResult.of(created));
	}

	@GetMapping("/survey-rounds")
	@Operation(summary = "Các đợt khảo sát của đơn vị và cấp dưới, với tỷ lệ bao phủ và tỷ lệ hài lòng")
	PageResult<RoundResult> rounds(@RequestParam String unit) {
		List<RoundResult> rows = surveys.under(unit(unit)).stream().map(RoundResult::of).toList();
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

	@GetMapping("/survey-rounds/{id}")
	@Operation(summary = "Kết quả một đợt khảo sát theo từng khu dân cư")
	RoundResult round(@PathVariable long id) {
		return RoundResult.of(surveys.get(id));
	}

	@PutMapping(path = "/survey-rounds/{id}/tallies/{areaId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Nhập tổng hợp phiếu của một khu dân cư (ẩn danh): số hộ được khảo sát và số phiếu theo từng phương án (mã phương án)")
	RoundResult tally(@PathVariable long id, @PathVariable long areaId, @RequestBody SurveyInputs.Tally tally) {
		return RoundResult.of(surveys.enterTally(id, areaId, tally));
	}

	@PostMapping(path = "/survey-rounds/{id}/ballots", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Nhập một phiếu khảo sát (ẩn danh) của một hộ: khu dân cư và phương án chọn cho từng câu hỏi {\"answers\":{\"mã câu\":mã phương án}}; kết quả gộp với số liệu tổng hợp")
	RoundResult ballot(@PathVariable long id, @RequestBody SurveyInputs.Ballot ballot) {
		return RoundResult.of(surveys.enterBallot(id, ballot.areaId(), ballot.answers()));
	}

	private AdminUnit unit(String code) {
		return units.resolve(code, null).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

	record TemplateRow(long id, String name) {
	}

	/** A round with its figures: households, surveyed, satisfied, the two shares and whether each threshold is reached. */
	record RoundResult(SurveyRound round, int households, int surveyed, int satisfied, double coveragePct, double satisfiedPct,
			boolean coverageReached, boolean satisfiedReached) {

		static RoundResult of(SurveyRound r) {
			return new RoundResult(r, r.households(), r.surveyed(), r.satisfied(), r.coveragePct(), r.satisfiedPct(), r.coverageReached(),
					r.satisfiedReached());
		}

	}

}
