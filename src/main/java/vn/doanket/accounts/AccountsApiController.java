package vn.doanket.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.doanket.shared.PageResult;
import vn.doanket.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản")
class AccountsApiController {

	private final AccessPolicy access;

	private final UserAdministration users;

	AccountsApiController(AccessPolicy access, UserAdministration users) {
		this.access = access;
		this.users = users;
	}

	@GetMapping("/me")
	@Operation(summary = "Người dùng đang đăng nhập: vai trò và phạm vi")
	CurrentUser me() {
		return access.requireUser();
	}

	@GetMapping("/admin/users")
	@Operation(summary = "Danh sách tài khoản (quản trị hệ thống)")
	PageResult<UserView> users(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return users.search(q, Paging.page(page), Paging.size(size))
			.map(a -> new UserView(a.id(), a.username(), a.fullName(), a.role(), a.scopeUnitId(), a.memberOrgId(), a.enabled(),
					a.lockedUntil() != null));
	}

	/** An account without its password hash. */
	record UserView(long id, String username, String fullName, Role role, Long scopeUnitId, Long memberOrgId, boolean enabled,
			boolean locked) {
	}

}
