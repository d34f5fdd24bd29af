package vn.doanket.reviews;

import java.util.ArrayList;
import java.util.List;

/**
 * The criteria and classes typed on the scheme page, bound from indexed fields ({@code criteria[0].code} …). Numbers
 * stay text here so that a non-numeric box reaches the service as a missing value and is refused there, row by row.
 */
class SchemeForm {

	private List<CriterionRow> criteria = new ArrayList<>();

	private List<ClassRow> classes = new ArrayList<>();

	static SchemeForm of(EvaluationScheme scheme, int blankCriteria, int blankClasses) {
		SchemeForm form = new SchemeForm();
		for (EvaluationScheme.Criterion c : scheme.criteria()) {
			form.criteria.add(new CriterionRow(c.code(), text(c.contentNo()), c.text(), text(c.maxPoints())));
		}
		for (EvaluationScheme.EvaluationClass c : scheme.classes()) {
			form.classes.add(new ClassRow(text(c.minPoints()), c.label()));
		}
		form.pad(blankCriteria, blankClasses);
		return form;
	}

	/** The filled rows as the service's scheme; rows left entirely blank are ignored. */
	EvaluationScheme toScheme() {
		List<EvaluationScheme.Criterion> filledCriteria = criteria.stream().filter(r -> !r.blank())
			.map(r -> new EvaluationScheme.Criterion(null, strip(r.getCode()), number(r.getContentNo()), strip(r.getText()),
					number(r.getMaxPoints())))
			.toList();
		List<EvaluationScheme.EvaluationClass> filledClasses = classes.stream().filter(r -> !r.blank())
			.map(r -> new EvaluationScheme.EvaluationClass(number(r.getMinPoints()), strip(r.getLabel())))
			.toList();
		return new EvaluationScheme(filledCriteria, filledClasses);
	}

	/** Keeps only the filled rows (numbered as the service numbers them) and adds blank ones to type into. */
	SchemeForm compacted(int blankCriteria, int blankClasses) {
		SchemeForm form = new SchemeForm();
		criteria.stream().filter(r -> !r.blank()).forEach(form.criteria::add);
		classes.stream().filter(r -> !r.blank()).forEach(form.classes::add);
		form.pad(blankCriteria, blankClasses);
		return form;
	}

	private void pad(int blankCriteria, int blankClasses) {
		for (int i = 0; i < blankCriteria; i++) {
			criteria.add(new CriterionRow());
		}
		for (int i = 0; i < blankClasses; i++) {
			classes.add(new ClassRow());
		}
	}

	public List<CriterionRow> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<CriterionRow> criteria) {
		this.criteria = criteria;
	}

	public List<ClassRow> getClasses() {
		return classes;
	}

	public void setClasses(List<ClassRow> classes) {
		this.classes = classes;
	}

	private static String text(Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	/** A whole number, or {@code null} when blank or not a number (the service then names the field). */
	private static Integer number(String value) {
		String v = value == null ? "" : value.strip();
		return v.matches("-?\\d{1,9}") ? Integer.valueOf(v) : null;
	}

	private static boolean blank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return false;
			}
		}
		return true;
	}

	public static class CriterionRow {

		private String code;

		private String contentNo;

		private String text;

		private String maxPoints;

		private String indicator;

		public CriterionRow() {
		}

		CriterionRow(String code, String contentNo, String text, String maxPoints) {
			this.code = code;
			this.contentNo = contentNo;
			this.text = text;
			this.maxPoints = maxPoints;
		}

		boolean blank() {
			return SchemeForm.blank(code, contentNo, text, maxPoints, indicator);
		}

		/** For an emulation criterion: the indicator its points are derived from (blank: typed points). */
		public String getIndicator() {
			return indicator;
		}

		public void setIndicator(String indicator) {
			this.indicator = indicator;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getContentNo() {
			return contentNo;
		}

		public void setContentNo(String contentNo) {
			this.contentNo = contentNo;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getMaxPoints() {
			return maxPoints;
		}

		public void setMaxPoints(String maxPoints) {
			this.maxPoints = maxPoints;
		}

	}

	public static class ClassRow {

		private String minPoints;

		private String label;

		public ClassRow() {
		}

		ClassRow(String minPoints, String label) {
			this.minPoints = minPoints;
			this.label = label;
		}

		boolean blank() {
			return SchemeForm.blank(minPoints, label);
		}

		public String getMinPoints() {
			return minPoints;
		}

		public void setMinPoints(String minPoints) {
			this.minPoints = minPoints;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

	}

}
