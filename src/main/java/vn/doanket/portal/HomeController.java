package vn.doanket.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.units.Units;

@Controller
class HomeController {

	private final AccessPolicy access;

	private final Units units;

	HomeController(AccessPolicy access, Units units) {
		this.access = access;
		this.units = units;
	}

	@GetMapping("/")
	String home(Model model) {
		access.current().flatMap(user -> user.scopeUnitId() == null ? java.util.Optional.empty() : units.byId(user.scopeUnitId()))
			.ifPresent(unit -> model.addAttribute("scopeUnit", unit));
		return "home";
	}

}
