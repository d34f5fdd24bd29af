package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.List;


/**
 * The whole definition of a report form as a user edits it: header, sections with their indicators (by code) and the
 * rules between them. Saving a definition replaces the form's sections, items and rules in one transaction.
 */
record FormDefinition(String code, String nameVi, String nameEn, String periodType, List<String> levels, Integer deadlineDay,
		List<SectionDefinition> sections, List<RuleDefinition> rules) {

	FormDefinition {
		levels = levels == null ? List.of() : List.copyOf(levels);
		sections = sections == null ? List.of() : List.copyOf(sections);
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

	/** A titled group of indicators. */
	record SectionDefinition(String titleVi, String titleEn, List<ItemDefinition> items) {

		SectionDefinition {
			items = items == null ? List.of() : List.copyOf(items);
		}

	}

	/** An indicator on the form and whether it must have a value when the report is submitted. */
	record ItemDefinition(String indicator, Boolean required) {

		ItemDefinition {
			required = Boolean.TRUE.equals(required);
		}

	}

	/** left ≤ right (LE), left ≥ right (GE) or left = right (EQ). */
	record RuleDefinition(String left, String operator, String right) {
	}

	static FormDefinition of(ReportForm form) {
		List<SectionDefinition> sections = form.sections().stream()
			.map(s -> new SectionDefinition(s.titleVi(), s.titleEn(),
					s.items().stream().map(i -> new ItemDefinition(i.indicator().code(), i.required())).toList()))
			.toList();
		List<RuleDefinition> rules = form.rules().stream()
			.map(r -> new RuleDefinition(r.left().code(), r.operator(), r.right().code()))
			.toList();
		return new FormDefinition(form.code(), form.nameVi(), form.nameEn(), form.periodType().name(),
				form.levelNames(), form.deadlineDay(), sections, rules);
	}

	FormDefinition withHeader(String nameVi, String nameEn, String periodType, List<String> levels, Integer deadlineDay) {
		return new FormDefinition(code, nameVi, nameEn, periodType, levels, deadlineDay, sections, rules);
	}

	FormDefinition withSections(List<SectionDefinition> newSections) {
		return new FormDefinition(code, nameVi, nameEn, periodType, levels, deadlineDay, newSections, rules);
	}

	FormDefinition withRules(List<RuleDefinition> newRules) {
		return new FormDefinition(code, nameVi, nameEn, periodType, levels, deadlineDay, sections, newRules);
	}

	/** A copy of the sections that can be changed. */
	List<SectionDefinition> sectionList() {
		return new ArrayList<>(sections);
	}

	/** A copy of the rules that can be changed. */
	List<RuleDefinition> ruleList() {
		return new ArrayList<>(rules);
	}

}
