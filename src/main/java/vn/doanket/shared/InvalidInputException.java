package vn.doanket.shared;

import java.util.List;

/** Input that breaks a rule; carries every problem found so that the user can fix them all at once. */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.size() + " problem(s): " + problems.stream().map(p -> p.field() + ":" + p.code()).toList());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(List.of(Problem.field(field, code, args)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
