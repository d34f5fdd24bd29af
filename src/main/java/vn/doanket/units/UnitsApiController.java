package vn.doanket.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính", description = "Danh mục đơn vị hành chính 2023 và 2025, tra cứu theo ngày hiệu lực")
class UnitsApiController {

	private final Units units;

	private final Clock clock;

	UnitsApiController(Units units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Đơn vị theo cấp, có hiệu lực vào ngày at (mặc định hôm nay)")
	PageResult<UnitView> list(@Parameter(description = "province | district | commune") @RequestParam(defaultValue = "province") String level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@Parameter(description = "mã đơn vị cha (chỉ lấy đơn vị bên dưới)") @RequestParam(required = false) String parent,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		UnitLevel unitLevel = UnitLevel.parse(level);
		if (unitLevel == null) {
			throw InvalidInputException.of("level", "error.unit.level", level);
		}
		LocalDate date = at == null ? LocalDate.now(clock) : at;
		AdminUnit under = parent == null || parent.isBlank() ? null : find(parent, date);
		return units.atLevel(unitLevel, date, under, Paging.page(page), Paging.size(size)).map(UnitView::of);
	}

	@GetMapping("/search")
	@Operation(summary = "Tìm đơn vị theo tên, không phân biệt dấu (\"dak glei\" tìm thấy \"Huyện Đắk Glei\")")
	PageResult<UnitView> search(@RequestParam String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (q.isBlank()) {
			throw InvalidInputException.of("q", "error.required");
		}
		return units.search(q, at, Paging.page(page), Paging.size(size)).map(UnitView::of);
	}

	@GetMapping("/{code}")
	@Operation(summary = "Một đơn vị (theo mã, vào ngày at)")
	UnitView one(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return UnitView.of(resolve(code, at));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "Đơn vị trực thuộc vào ngày at")
	PageResult<UnitView> children(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		List<UnitView> items = units.children(resolve(code, at)).stream().map(UnitView::of).toList();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/{code}/ancestors")
	@Operation(summary = "Các cấp trên của đơn vị, từ tỉnh xuống")
	PageResult<UnitView> ancestors(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		List<UnitView> items = units.ancestors(resolve(code, at)).stream().map(UnitView::of).toList();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/{code}/successors")
	@Operation(summary = "Đơn vị kế thừa sau sắp xếp 01/7/2025 (theo bảng chuyển đổi chính thức)")
	PageResult<SuccessionView> successors(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@Parameter(description = "chỉ lấy đơn vị kế thừa có hiệu lực vào ngày này") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<SuccessionView> items = units.successors(resolve(code, at))
			.stream()
			.filter(s -> to == null || s.to().validAt(to))
			.map(s -> SuccessionView.of(s.to(), s.mergeType()))
			.toList();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/{code}/predecessors")
	@Operation(summary = "Đơn vị trước sắp xếp đã nhập vào đơn vị này")
	PageResult<SuccessionView> predecessors(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		List<SuccessionView> items = units.predecessors(resolve(code, at))
			.stream()
			.map(s -> SuccessionView.of(s.from(), s.mergeType()))
			.toList();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	private AdminUnit resolve(String code, LocalDate at) {
		return units.require(code, at);
	}

	private AdminUnit find(String code, LocalDate at) {
		return units.byCode(code, at).orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
	}

	/** A unit on the other side of the reform, with how it was merged. */
	record SuccessionView(String code, String name, String level, String type, String parentCode, LocalDate validFrom,
			LocalDate validTo, String mergeType) {

		static SuccessionView of(AdminUnit unit, String mergeType) {
			return new SuccessionView(unit.code(), unit.name(), unit.level().dbValue(), unit.type(), unit.parentCode(),
					unit.validFrom(), unit.validTo(), mergeType);
		}

	}

}
