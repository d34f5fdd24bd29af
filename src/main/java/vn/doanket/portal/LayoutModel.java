package vn.doanket.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.CurrentUser;

/** Puts the signed-in user into every page's model for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final AccessPolicy access;

	LayoutModel(AccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return access.current().orElse(null);
	}

}
