package vn.doanket.activities;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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

import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kết quả triển khai", description = "Hoạt động, mô hình, Ngày hội Đại đoàn kết và các ngày hội khác")
class ActivitiesApiController {

	private final Units units;

	private final Activities activities;

	private final CommunityModels models;

	private final UnityDays unityDays;

	ActivitiesApiController(Units units, Activities activities, CommunityModels models, UnityDays unityDays) {
		this.units = units;
		this.activities = activities;
		this.models = models;
		this.unityDays = unityDays;
	}

	@GetMapping("/community-models")
	@Operation(summary = "Mô hình của một đơn vị và các đơn vị trực thuộc (lọc theo tên không dấu, nội dung 1–5)")
	PageResult<CommunityModel> models(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer content,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return models.under(unit(unit, at), q, content, Paging.page(page), Paging.size(size));
	}

	@PostMapping(path = "/units/{code}/community-models", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Đăng ký mô hình của đơn vị")
	ResponseEntity<CommunityModel> register(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, @RequestBody ModelInput input) {
		CommunityModel created = models.register(unit(code, at), input);
		return ResponseEntity.created(URI.create("/api/v1/community-models/" + created.id())).body(created);
	}

	@GetMapping("/community-models/{id}")
	@Operation(summary = "Một mô hình")
	CommunityModel model(@PathVariable long id) {
		return models.get(id);
	}

	@PostMapping(path = "/community-models/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi nhận tình trạng mô hình (duy trì, nhân rộng, dừng) từ một ngày")
	CommunityModel status(@PathVariable long id, @RequestBody StatusChange change) {
		return models.changeStatus(id, ModelStatus.parse(change.status()), change.effectiveOn(), change.note());
	}

	@GetMapping("/community-models/overview")
	@Operation(summary = "Số mô hình mới, duy trì, dừng, nhân rộng trong năm theo từng đơn vị trực thuộc")
	PageResult<ModelOverviewRow> overview(@RequestParam String unit, @RequestParam int year) {
		List<ModelOverviewRow> rows = models.overview(unit(unit, null), year);
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

	@GetMapping("/activities")
	@Operation(summary = "Hoạt động của một đơn vị và các đơn vị trực thuộc")
	PageResult<Activity> activities(@RequestParam String unit, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return activities.under(unit(unit, null), q, ActivityKind.parse(kind), Paging.page(page), Paging.size(size));
	}

	@PostMapping(path = "/units/{code}/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi nhận một hoạt động (tuyên truyền, tập huấn, học tập kinh nghiệm, hội nghị, phối hợp)")
	ResponseEntity<Activity> record(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestBody ActivityInput input) {
		Activity created = activities.record(unit(code, at), input);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created);
	}

	@GetMapping("/activities/{id}")
	@Operation(summary = "Một hoạt động với tệp đính kèm")
	Activity activity(@PathVariable long id) {
		return activities.get(id);
	}

	@PostMapping(path = "/activities/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Đính kèm ảnh (JPEG, PNG) hoặc biên bản (PDF, DOCX), tối đa 20 MB")
	Activity.Attachment attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return activities.attach(id, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/festival-types")
	@Operation(summary = "Danh mục các ngày hội")
	PageResult<FestivalType> festivalTypes() {
		List<FestivalType> types = unityDays.festivalTypes();
		return new PageResult<>(types, types.size(), 0, types.size());
	}

	@PutMapping(path = "/residential-areas/{id}/festivals/{festival}/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi nhận ngày hội của khu dân cư trong năm (UNITY_DAY cho Ngày hội Đại đoàn kết)")
	Saved saveFestival(@PathVariable long id, @PathVariable String festival, @PathVariable int year, @RequestBody FestivalInput input) {
		return new Saved(unityDays.record(id, festival, year, input));
	}

	@GetMapping("/unity-days/summary")
	@Operation(summary = "Ngày hội Đại đoàn kết trong năm theo từng đơn vị trực thuộc: số khu dân cư, số tổ chức, số người tham dự, kinh phí")
	PageResult<UnityDaySummaryRow> summary(@RequestParam int year, @RequestParam String parent) {
		List<UnityDaySummaryRow> rows = unityDays.summary(unit(parent, null), year);
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

	@GetMapping("/unity-days/years")
	@Operation(summary = "Tổng hợp Ngày hội Đại đoàn kết qua các năm (mặc định 2003–2023)")
	PageResult<UnityDaySummaryRow> years(@RequestParam String parent, @RequestParam(defaultValue = "2003") int from,
			@RequestParam(defaultValue = "2023") int to) {
		List<UnityDaySummaryRow> rows = unityDays.acrossYears(unit(parent, null), from, UnityDayPages.checkedTo(from, to));
		return new PageResult<>(rows, rows.size(), 0, rows.size());
	}

	@PostMapping(path = "/unity-days/history", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập số liệu Ngày hội các năm trước theo xã/huyện (CSV/XLSX; cả tệp hoặc không gì)")
	Imported importHistory(@RequestPart("file") MultipartFile file) throws IOException {
		return new Imported(unityDays.importHistory(UnityDayHistoryFile.read(file.getOriginalFilename(), file.getBytes(), units)));
	}

	private AdminUnit unit(String code, LocalDate at) {
		return units.require(code, at);
	}

	record StatusChange(String status, LocalDate effectiveOn, String note) {
	}

	record Saved(long id) {
	}

	record Imported(int rows) {
	}

}
