package vn.doanket.accounts;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.Paging;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** User administration pages (administrators only). */
@Controller
class UsersController {

	private final UserAdministration users;

	private final Units units;

	private final MemberOrganizationNames memberOrgs;

	private final Messages messages;

	UsersController(UserAdministration users, Units units, MemberOrganizationNames memberOrgs, Messages messages) {
		this.users = users;
		this.units = units;
		this.memberOrgs = memberOrgs;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", users.search(q, Paging.page(page), Paging.DEFAULT_SIZE));
		model.addAttribute("unitNames", new UnitNames(units));
		model.addAttribute("memberOrgs", memberOrgs.all());
		return htmx != null ? "accounts/users :: results" : "accounts/users";
	}

	@GetMapping("/admin/users/new")
	String createForm(Model model) {
		return form(model, null, new UserForm("", "", "", "STANDING_OFFICER", "", "2023", null, true), Map.of());
	}

	@PostMapping("/admin/users/new")
	String create(UserForm form, Model model, RedirectAttributes redirect) {
		try {
			users.create(form.toInput(units));
			redirect.addFlashAttribute("notice", messages.get("user.created", form.username()));
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			return form(model, null, form, messages.byField(ex.problems()));
		}
	}

	@GetMapping("/admin/users/{id}")
	String editForm(@PathVariable long id, Model model) {
		Account account = users.get(id);
		AdminUnit scope = account.scopeUnitId() == null ? null : units.byId(account.scopeUnitId()).orElse(null);
		UserForm form = new UserForm(account.username(), account.fullName(), "", account.role().name(),
				scope == null ? "" : scope.code(), scope == null ? "2023" : scope.catalog(), account.memberOrgId(), account.enabled());
		model.addAttribute("locked", account.lockedUntil() != null);
		return form(model, account, form, Map.of());
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
		Account account = users.get(id);
		try {
			users.update(id, form.toInput(units), form.enabled());
			redirect.addFlashAttribute("notice", messages.get("user.saved", account.username()));
			return "redirect:/admin/users";
		}
		catch (InvalidInputException ex) {
			return form(model, account, form, messages.byField(ex.problems()));
		}
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		users.unlock(id);
		redirect.addFlashAttribute("notice", messages.get("user.unlocked"));
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, Account account, UserForm form, Map<String, String> errors) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("memberOrgs", memberOrgs.all());
		return "accounts/user-form";
	}

	/** The form as posted: the scope is a unit code in a catalog (2023 or 2025). */
	record UserForm(String username, String fullName, String password, String role, String scopeCode, String scopeCatalog,
			Long memberOrgId, boolean enabled) {

		UserInput toInput(Units units) {
			Long scopeUnitId = null;
			if (scopeCode != null && !scopeCode.isBlank()) {
				java.time.LocalDate at = "2025".equals(scopeCatalog) ? Units.REFORM_DAY : Units.REFORM_EVE;
				scopeUnitId = units.byCode(scopeCode.trim(), at)
					.map(AdminUnit::id)
					.orElseThrow(() -> InvalidInputException.of("scopeUnit", "error.unit.notFound", scopeCode));
			}
			return new UserInput(username, fullName, password, Role.parse(role), scopeUnitId, memberOrgId);
		}

	}

	/** Looks up unit names for the list. */
	record UnitNames(Units units) {

		public String of(Long unitId) {
			return unitId == null ? "" : units.byId(unitId).map(u -> u.name() + " (" + u.code() + ", " + u.catalog() + ")").orElse("");
		}

	}

}
