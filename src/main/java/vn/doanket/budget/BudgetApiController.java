package vn.doanket.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.shared.Messages;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kinh phí theo Thông tư 121/2017/TT-BTC")
class BudgetApiController {

	private final Units units;

	private final NormCalculation norms;

	private final NormSettings settings;

	private final Estimates estimates;

	private final Messages messages;

	BudgetApiController(Units units, NormCalculation norms, NormSettings settings, Estimates estimates, Messages messages) {
		this.units = units;
		this.norms = norms;
		this.settings = settings;
		this.estimates = estimates;
		this.messages = messages;
	}

	@GetMapping("/units/{communeCode}/budget-norms")
	@Operation(summary = "Mức kinh phí tối thiểu theo định mức của tỉnh: Ủy ban MTTQ xã và từng Ban công tác Mặt trận khu dân cư")
	NormCalculation.CommuneAmounts communeNorms(@PathVariable String communeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) Integer year) {
		int y = year != null ? Years.check(year) : at != null ? at.getYear() : LocalDate.now().getYear();
		return norms.forCommune(units.require(communeCode, at), y);
	}

	@GetMapping("/budget-norms/{provinceCode}/{year}")
	@Operation(summary = "Định mức kinh phí của tỉnh trong năm (định mức tối thiểu toàn quốc khi tỉnh chưa đặt)")
	NormSettings.ProvinceNorms provinceNorms(@PathVariable String provinceCode, @PathVariable int year) {
		return settings.get(estimates.unitOf(provinceCode, Years.check(year)), year);
	}

	@PutMapping("/budget-norms/{provinceCode}/{year}")
	@Operation(summary = "Đặt định mức kinh phí của tỉnh cho năm (không thấp hơn mức tối thiểu của Thông tư 121)")
	NormSettings.ProvinceNorms saveNorms(@PathVariable String provinceCode, @PathVariable int year, @RequestBody NormInput input) {
		return settings.save(estimates.unitOf(provinceCode, Years.check(year)), year, input);
	}

	@GetMapping("/budget-norms/{provinceCode}/{year}/difficult-communes")
	@Operation(summary = "Các xã đặc biệt khó khăn của tỉnh (mỗi khu dân cư được cộng thêm theo định mức)")
	List<NormSettings.DifficultCommune> difficultCommunes(@PathVariable String provinceCode, @PathVariable int year) {
		return settings.difficultCommunes(estimates.unitOf(provinceCode, Years.check(year)));
	}

	@PutMapping("/budget-norms/{provinceCode}/{year}/difficult-communes/{communeCode}")
	@Operation(summary = "Xếp một xã của tỉnh vào diện đặc biệt khó khăn")
	List<NormSettings.DifficultCommune> markDifficult(@PathVariable String provinceCode, @PathVariable int year,
			@PathVariable String communeCode) {
		return settings.markDifficult(estimates.unitOf(provinceCode, Years.check(year)), estimates.unitOf(communeCode, year), true);
	}

	@DeleteMapping("/budget-norms/{provinceCode}/{year}/difficult-communes/{communeCode}")
	@Operation(summary = "Đưa một xã ra khỏi diện đặc biệt khó khăn")
	List<NormSettings.DifficultCommune> unmarkDifficult(@PathVariable String provinceCode, @PathVariable int year,
			@PathVariable String communeCode) {
		return settings.markDifficult(estimates.unitOf(provinceCode, Years.check(year)), estimates.unitOf(communeCode, year), false);
	}

	@GetMapping("/budget-estimates")
	@Operation(summary = "Dự toán kinh phí của năm mà người dùng được xem, kèm tổng dự toán và tổng đã chi")
	List<EstimateRepository.Summary> list(@RequestParam int year) {
		return estimates.list(year);
	}

	@PostMapping("/budget-estimates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lập dự toán (bản nháp) của Ủy ban MTTQ cho năm theo mục chi")
	EstimateView create(@RequestBody EstimateInput input) {
		return estimates.view(estimates.create(input).id());
	}

	@GetMapping("/budget-estimates/{id}")
	@Operation(summary = "Dự toán theo mục chi, định mức, đã chi, cảnh báo, điều chỉnh và các khoản chi")
	EstimateView get(@PathVariable long id) {
		return estimates.view(id);
	}

	/** The lines of a draft. */
	record LinesInput(Map<String, Long> lines) {
	}

	@PutMapping("/budget-estimates/{id}/lines")
	@Operation(summary = "Sửa số dự toán của các mục chi (chỉ khi dự toán còn là bản nháp)")
	EstimateView update(@PathVariable long id, @RequestBody LinesInput input) {
		estimates.update(id, input.lines());
		return estimates.view(id);
	}

	@PostMapping("/budget-estimates/{id}/approve")
	@Operation(summary = "Duyệt dự toán; sau đó chỉ điều chỉnh được kèm lý do")
	EstimateView approve(@PathVariable long id) {
		estimates.approve(id);
		return estimates.view(id);
	}

	@PostMapping("/budget-estimates/{id}/adjustments")
	@Operation(summary = "Điều chỉnh một mục chi của dự toán đã duyệt, kèm lý do")
	EstimateView adjust(@PathVariable long id, @RequestBody AdjustmentInput input) {
		return estimates.adjust(id, input);
	}

	@PostMapping("/budget-estimates/{id}/spending")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi một khoản chi vào mục chi của dự toán đã duyệt; cảnh báo khi chi vượt dự toán")
	Estimates.Recorded spend(@PathVariable long id, @RequestBody SpendingInput input) {
		return estimates.spend(id, input);
	}

	@GetMapping("/budget-estimates/{id}/settlement")
	@Operation(summary = "Quyết toán: theo mục chi dự toán, đã chi, chênh lệch, tỷ lệ thực hiện và tổng cộng")
	Settlement settlement(@PathVariable long id) {
		return Settlement.of(estimates.view(id), line -> messages.get("budget.line." + line.name()));
	}

}
