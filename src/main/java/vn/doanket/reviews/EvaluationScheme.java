package vn.doanket.reviews;

import java.util.Comparator;
import java.util.List;

/**
 * What a province evaluates its residential areas on in a year: the criteria with their maximum points per campaign
 * content, and the classes by minimum total points (e.g. from 90 "Xuất sắc").
 */
public record EvaluationScheme(List<Criterion> criteria, List<EvaluationClass> classes) {

	/** One criterion: a code such as "1.1", the content (1–5) it belongs to, the text and the maximum points. */
	public record Criterion(Long id, String code, Integer contentNo, String text, Integer maxPoints) {
	}

	/** A class reached from {@code minPoints} on. */
	public record EvaluationClass(Integer minPoints, String label) {
	}

	public int maxTotal() {
		return criteria.stream().mapToInt(c -> c.maxPoints() == null ? 0 : c.maxPoints()).sum();
	}

	/** The class of a total: the one with the highest minimum not above it, or {@code null}. */
	public String classOf(int total) {
		return classes.stream()
			.filter(c -> c.minPoints() <= total)
			.max(Comparator.comparingInt(EvaluationClass::minPoints))
			.map(EvaluationClass::label)
			.orElse(null);
	}

}
