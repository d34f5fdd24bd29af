package vn.doanket.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/** The login page and the user's own password. */
@Controller
class AccountController {

	private final UserAdministration users;

	private final Messages messages;

	AccountController(UserAdministration users, Messages messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
			@RequestParam(required = false) String repeatPassword, Model model, RedirectAttributes redirect) {
		try {
			users.changeOwnPassword(currentPassword, newPassword, repeatPassword);
			redirect.addFlashAttribute("notice", messages.get("password.changed"));
			return "redirect:/";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", messages.describe(ex.problems()));
			return "accounts/password";
		}
	}

}
