package vn.doanket.reviews;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
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
@Tag(name = "Đánh giá khu dân cư", description = "Tiêu chí, tự đánh giá, xác nhận và xếp loại khu dân cư theo Hướng dẫn 83/HD-MTTW-BTT")
class EvaluationsApiController {

	private final Units units;

	private final AreaEvaluations evaluations;

	EvaluationsApiController(Units units, AreaEvaluations evaluations) {
		this.units = units;
		this.evaluations = evaluations;
	}

	@GetMapping("/area-evaluations/scheme")
	@Operation(summary = "Tiêu chí (điểm tối đa theo nội dung 1–5) và ngưỡng xếp loại của tỉnh trong năm")
	EvaluationScheme scheme(@RequestParam String unit, @RequestParam int year) {
		return evaluations.scheme(unit(unit), year);
	}

	@PutMapping(path = "/area-evaluations/scheme", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Thiết lập tiêu chí và ngưỡng xếp loại của tỉnh trong năm (khi chưa có khu dân cư nào được đánh giá)")
	EvaluationScheme defineScheme(@RequestParam String unit, @RequestParam int year, @RequestBody EvaluationScheme scheme) {
		return evaluations.defineScheme(unit(unit), year, scheme);
	}

	@GetMapping("/residential-areas/{id}/evaluations/{year}")
	@Operation(summary = "Kết quả đánh giá của một khu dân cư trong năm")
	AreaEvaluation evaluation(@PathVariable long id, @PathVariable int year) {
		return evaluations.get(id, year);
	}

	@PutMapping(path = "/residential-areas/{id}/evaluations/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Khu dân cư tự đánh giá: điểm theo mã tiêu chí, {\"points\":{\"1.1\":18,…}}")
	AreaEvaluation selfAssess(@PathVariable long id, @PathVariable int year, @RequestBody Points body) {
		return evaluations.selfAssess(id, year, body.points());
	}

	@PostMapping(path = "/residential-areas/{id}/evaluations/{year}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Xã kiểm tra, xác nhận điểm (bỏ trống: giữ điểm tự đánh giá) và xếp loại")
	AreaEvaluation confirm(@PathVariable long id, @PathVariable int year, @RequestBody Points body) {
		return evaluations.confirm(id, year, body.points());
	}

	@GetMapping("/area-evaluations/summary")
	@Operation(summary = "Số và tỷ lệ khu dân cư theo từng loại, theo đơn vị trực thuộc (theo khu dân cư nếu là xã)")
	PageResult<ClassShareRow> summary(@RequestParam String unit, @RequestParam int year) {
		List<ClassShareRow> rows = evaluations.rollUp(unit(unit), year);
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

	private AdminUnit unit(String code) {
		return units.resolve(code, null).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

	/** Points per criterion code. */
	record Points(Map<String, Integer> points) {
	}

}
