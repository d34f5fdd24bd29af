package vn.doanket.fund;

import java.time.LocalDate;

import vn.doanket.shared.Checks;

/** A fund a committee opens, e.g. a relief appeal: the committee's unit (code), a name, what it is for, when it opens. */
public record FundInput(String unitCode, String name, String description, LocalDate openedOn) {

	Checks check() {
		Checks checks = new Checks();
		checks.requireText(unitCode, "unit", 16);
		checks.requireText(name, "name", 200);
		checks.require(description == null || description.length() <= 1000, "description", "error.tooLong", 1000);
		checks.require(openedOn != null, "openedOn", "error.required");
		return checks;
	}

}
