package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.doanket.shared.InvalidInputException;

/** One change a user makes on the form editor page, applied to a copy of the form's definition. */
final class FormEdits {

	private FormEdits() {
	}

	static FormDefinition addSection(FormDefinition form, String titleVi, String titleEn) {
		List<FormDefinition.SectionDefinition> sections = form.sectionList();
		sections.add(new FormDefinition.SectionDefinition(titleVi, titleEn, List.of()));
		return form.withSections(sections);
	}

	static FormDefinition renameSection(FormDefinition form, int number, String titleVi, String titleEn) {
		List<FormDefinition.SectionDefinition> sections = form.sectionList();
		FormDefinition.SectionDefinition old = sections.get(index(form, number));
		sections.set(index(form, number), new FormDefinition.SectionDefinition(titleVi, titleEn, old.items()));
		return form.withSections(sections);
	}

	/** Moves section {@code number} (1-based) one place up ({@code up}) or down; at either end nothing moves. */
	static FormDefinition moveSection(FormDefinition form, int number, boolean up) {
		List<FormDefinition.SectionDefinition> sections = form.sectionList();
		int from = index(form, number);
		int to = up ? from - 1 : from + 1;
		if (to >= 0 && to < sections.size()) {
			Collections.swap(sections, from, to);
		}
		return form.withSections(sections);
	}

	/** Removes a section with its indicators and the rules that named them. */
	static FormDefinition deleteSection(FormDefinition form, int number) {
		List<FormDefinition.SectionDefinition> sections = form.sectionList();
		FormDefinition.SectionDefinition removed = sections.remove(index(form, number));
		FormDefinition result = form.withSections(sections);
		for (FormDefinition.ItemDefinition item : removed.items()) {
			result = withoutRulesOf(result, item.indicator());
		}
		return result;
	}

	static FormDefinition addItem(FormDefinition form, int number, String indicator, boolean required) {
		List<FormDefinition.SectionDefinition> sections = form.sectionList();
		FormDefinition.SectionDefinition section = sections.get(index(form, number));
		List<FormDefinition.ItemDefinition> items = new ArrayList<>(section.items());
		items.add(new FormDefinition.ItemDefinition(IndicatorSettings.normalise(indicator), required));
		sections.set(index(form, number), new FormDefinition.SectionDefinition(section.titleVi(), section.titleEn(), items));
		return form.withSections(sections);
	}

	static FormDefinition setRequired(FormDefinition form, String indicator, boolean required) {
		return form.withSections(form.sections().stream()
			.map(s -> new FormDefinition.SectionDefinition(s.titleVi(), s.titleEn(), s.items().stream()
				.map(i -> i.indicator().equalsIgnoreCase(indicator) ? new FormDefinition.ItemDefinition(i.indicator(), required) : i)
				.toList()))
			.toList());
	}

	/** Takes an indicator off the form, with the rules that named it. */
	static FormDefinition removeItem(FormDefinition form, String indicator) {
		FormDefinition result = form.withSections(form.sections().stream()
			.map(s -> new FormDefinition.SectionDefinition(s.titleVi(), s.titleEn(),
					s.items().stream().filter(i -> !i.indicator().equalsIgnoreCase(indicator)).toList()))
			.toList());
		return withoutRulesOf(result, indicator);
	}

	static FormDefinition addRule(FormDefinition form, String left, String operator, String right) {
		List<FormDefinition.RuleDefinition> rules = form.ruleList();
		rules.add(new FormDefinition.RuleDefinition(left, operator, right));
		return form.withRules(rules);
	}

	static FormDefinition deleteRule(FormDefinition form, int number) {
		List<FormDefinition.RuleDefinition> rules = form.ruleList();
		if (number < 1 || number > rules.size()) {
			throw InvalidInputException.of("rules", "error.form.noSuchRule", number);
		}
		rules.remove(number - 1);
		return form.withRules(rules);
	}

	private static FormDefinition withoutRulesOf(FormDefinition form, String indicator) {
		return form.withRules(form.rules().stream()
			.filter(r -> !indicator.equalsIgnoreCase(r.left()) && !indicator.equalsIgnoreCase(r.right()))
			.toList());
	}

	private static int index(FormDefinition form, int number) {
		if (number < 1 || number > form.sections().size()) {
			throw InvalidInputException.of("section", "error.form.noSuchSection", number);
		}
		return number - 1;
	}

}
