package vn.doanket.front;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
@Tag(name = "Khu dân cư và tổ chức Mặt trận")
class FrontApiController {

	private final Units units;

	private final ResidentialAreas areas;

	private final FrontCommittees committees;

	private final EmulationClusters clusters;

	FrontApiController(Units units, ResidentialAreas areas, FrontCommittees committees, EmulationClusters clusters) {
		this.units = units;
		this.areas = areas;
		this.committees = committees;
		this.clusters = clusters;
	}

	@GetMapping("/units/{communeCode}/residential-areas")
	@Operation(summary = "Khu dân cư của một xã/phường (tìm theo tên không dấu, phân trang, sắp xếp: name, type, households, population)")
	PageResult<ResidentialArea> listAreas(@PathVariable String communeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return areas.list(unit(communeCode, at), q, sort, Paging.page(page), Paging.size(size));
	}

	@PostMapping(path = "/units/{communeCode}/residential-areas", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tạo khu dân cư (cán bộ có phạm vi gồm xã/phường này)")
	ResponseEntity<ResidentialArea> createArea(@PathVariable String communeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@RequestBody AreaInput input) {
		ResidentialArea created = areas.create(unit(communeCode, at), input);
		return ResponseEntity.created(URI.create("/api/v1/residential-areas/" + created.id())).body(created);
	}

	@PostMapping(path = "/units/{communeCode}/residential-areas/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nhập khu dân cư từ tệp CSV/XLSX: cả tệp hoặc không gì cả; lỗi liệt kê theo dòng và cột")
	ResidentialAreas.ImportSummary importAreas(@PathVariable String communeCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@Parameter(description = "tệp .csv hoặc .xlsx") @RequestPart("file") MultipartFile file) throws IOException {
		return areas.importFile(unit(communeCode, at), file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/residential-areas/{id}")
	@Operation(summary = "Một khu dân cư")
	ResidentialArea getArea(@PathVariable long id) {
		return areas.get(id);
	}

	@PutMapping(path = "/residential-areas/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sửa khu dân cư")
	ResidentialArea updateArea(@PathVariable long id, @RequestBody AreaInput input) {
		return areas.update(id, input);
	}

	@DeleteMapping("/residential-areas/{id}")
	@Operation(summary = "Xóa khu dân cư")
	ResponseEntity<Void> deleteArea(@PathVariable long id) {
		areas.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/units/{code}/front-committee")
	@Operation(summary = "Ủy ban MTTQ của một đơn vị, với Ban Thường trực và tổ chức thành viên")
	CommitteeView committee(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		AdminUnit unit = unit(code, at);
		FrontCommittee committee = committees.of(unit).orElseThrow(() -> new NotFoundException("error.committee.noneForUnit", unit.name()));
		List<MemberOrganization> orgs = committees.memberOrganizations()
			.stream()
			.filter(o -> committees.memberOrgIdsOf(committee.id()).contains(o.id()))
			.toList();
		return new CommitteeView(committee, unit.code(), committees.standingMembers(committee.id()), orgs);
	}

	@GetMapping("/member-organizations")
	@Operation(summary = "Danh mục tổ chức thành viên")
	PageResult<MemberOrganization> memberOrganizations() {
		List<MemberOrganization> items = committees.memberOrganizations();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	@GetMapping("/emulation-clusters")
	@Operation(summary = "Cụm thi đua người dùng được xem")
	PageResult<EmulationCluster> clusters() {
		List<EmulationCluster> items = clusters.visible();
		return new PageResult<>(items, items.size(), 0, items.size());
	}

	private AdminUnit unit(String code, LocalDate at) {
		return units.require(code, at);
	}

	/** A committee with its people and organisations. */
	record CommitteeView(FrontCommittee committee, String unitCode, List<StandingMember> standingMembers,
			List<MemberOrganization> memberOrganizations) {
	}

}
