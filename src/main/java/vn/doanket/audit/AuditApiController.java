package vn.doanket.audit;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;

@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Nhật ký thao tác (audit)")
class AuditApiController {

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	@Operation(summary = "Tìm trong nhật ký thao tác (quản trị hệ thống)")
	PageResult<AuditLog.AuditEntry> search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return auditLog.search(new AuditQuery(q, type, from, to), Paging.page(page), Paging.size(size));
	}

}
