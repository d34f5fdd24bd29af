package vn.doanket.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input and throws them together. */
public final class Checks {

	private final List<Problem> problems = new ArrayList<>();

	public Checks require(boolean condition, String field, String code, Object... args) {
		if (!condition) {
			problems.add(Problem.field(field, code, args));
		}
		return this;
	}

	public Checks requireText(String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.field(field, "error.required"));
		}
		else if (value.length() > maxLength) {
			problems.add(Problem.field(field, "error.tooLong", maxLength));
		}
		return this;
	}

	public Checks add(Problem problem) {
		problems.add(problem);
		return this;
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	public boolean ok() {
		return problems.isEmpty();
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
