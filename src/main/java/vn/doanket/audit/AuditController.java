package vn.doanket.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.shared.Paging;

/** The audit log page (administrators only, see the security configuration). */
@Controller
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		AuditQuery query = new AuditQuery(q, type, from, to);
		model.addAttribute("query", query);
		model.addAttribute("result", auditLog.search(query, Paging.page(page), Paging.DEFAULT_SIZE));
		return htmx != null ? "audit/list :: results" : "audit/list";
	}

}
