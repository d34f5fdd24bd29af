package vn.doanket.front;

import vn.doanket.shared.Checks;
import vn.doanket.shared.Problem;

/** A person on a committee: name, position, phone. */
public record PersonInput(String fullName, String position, String phone) {

	private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("^\\+?[0-9 .\\-]{8,16}$");

	Checks check() {
		Checks checks = new Checks().requireText(fullName, "fullName", 120).requireText(position, "position", 120);
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()) {
			checks.add(Problem.field("phone", "error.phone", phone));
		}
		return checks;
	}

	String phoneOrNull() {
		return phone == null || phone.isBlank() ? null : phone.trim();
	}

}
