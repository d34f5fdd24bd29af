package vn.doanket.reporting;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.units.UnitLevel;

/**
 * Creates, changes and removes report forms. A definition is checked whole and saved whole (header, sections, items,
 * rules) in one transaction; a form whose reports have started keeps its period type and cannot be removed.
 */
@Service
@Transactional
class FormSettings {

	private static final Set<String> OPERATORS = Set.of("LE", "GE", "EQ");

	private final JdbcClient jdbc;

	private final IndicatorCatalog catalog;

	private final AccessPolicy access;

	private final AuditLog audit;

	FormSettings(JdbcClient jdbc, IndicatorCatalog catalog, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	FormDefinition definition(String code) {
		return FormDefinition.of(catalog.form(code));
	}

	/** How many reports (unit × period) of the form exist. */
	@Transactional(readOnly = true)
	long reports(String code) {
		return reports(catalog.form(code).id());
	}

	ReportForm create(FormDefinition definition) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		String code = IndicatorSettings.normalise(definition.code());
		Checks checks = new Checks().requireText(definition.code(), "code", 40)
			.require(code.isEmpty() || code.matches(IndicatorSettings.CODE_PATTERN), "code", "error.indicator.code")
			.require(code.isEmpty() || catalog.findForm(code).isEmpty(), "code", "error.form.codeExists", code);
		check(definition, checks);
		checks.throwIfAny();
		long id = jdbc.sql("""
				insert into rpt_form (code, name_vi, name_en, period_type, levels, deadline_day)
				values (:code, '', '', 'YEAR', '', 20) returning id""")
			.param("code", code)
			.query(Long.class)
			.single();
		write(id, definition);
		ReportForm created = catalog.form(code);
		audit.record("rpt_form", id, "create", null, FormDefinition.of(created));
		return created;
	}

	ReportForm update(String code, FormDefinition definition) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		ReportForm before = catalog.form(code);
		Checks checks = new Checks();
		check(definition, checks);
		PeriodType type = IndicatorSettings.parse(PeriodType.class, definition.periodType());
		checks.require(type == null || type == before.periodType() || reports(before.id()) == 0, "periodType",
				"error.form.periodTypeFixed");
		checks.throwIfAny();
		jdbc.sql("delete from rpt_rule where form_id = :f").param("f", before.id()).update();
		jdbc.sql("delete from rpt_form_item where form_id = :f").param("f", before.id()).update();
		jdbc.sql("delete from rpt_form_section where form_id = :f").param("f", before.id()).update();
		write(before.id(), definition);
		ReportForm after = catalog.form(before.code());
		audit.record("rpt_form", before.id(), "update", FormDefinition.of(before), FormDefinition.of(after));
		return after;
	}

	void delete(String code) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		ReportForm form = catalog.form(code);
		long reports = reports(form.id());
		new Checks().require(reports == 0, "code", "error.form.hasReports", form.code(), reports).throwIfAny();
		jdbc.sql("delete from rpt_form where id = :f").param("f", form.id()).update();
		audit.record("rpt_form", form.id(), "delete", FormDefinition.of(form), null);
	}

	private void check(FormDefinition d, Checks checks) {
		PeriodType type = IndicatorSettings.parse(PeriodType.class, d.periodType());
		checks.requireText(d.nameVi(), "nameVi", 300)
			.require(d.nameEn() == null || d.nameEn().length() <= 300, "nameEn", "error.tooLong", 300)
			.require(type != null, "periodType", "error.form.periodType")
			.require(!d.levels().isEmpty(), "levels", "error.form.levels")
			.require(d.deadlineDay() != null && d.deadlineDay() >= 1 && d.deadlineDay() <= 31, "deadlineDay",
					"error.form.deadlineDay");
		d.levels().stream().filter(l -> !ReportForm.knownLevel(l)).forEach(l -> checks.require(false, "levels", "error.form.level", l));
		checks.require(!d.sections().isEmpty(), "sections", "error.form.noSections");
		Map<String, Indicator> known = catalog.indicators().stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Set<String> onForm = new HashSet<>();
		for (int s = 0; s < d.sections().size(); s++) {
			FormDefinition.SectionDefinition section = d.sections().get(s);
			int number = s + 1;
			checks.require(section.titleVi() != null && !section.titleVi().isBlank() && section.titleVi().length() <= 300,
					"section", "error.form.sectionTitle", number);
			for (FormDefinition.ItemDefinition item : section.items()) {
				String indicator = IndicatorSettings.normalise(item.indicator());
				checks.require(known.containsKey(indicator), "indicator", "error.form.unknownIndicator", number, indicator);
				checks.require(onForm.add(indicator), "indicator", "error.form.twice", indicator);
			}
		}
		for (int r = 0; r < d.rules().size(); r++) {
			checkRule(d.rules().get(r), r + 1, known, onForm, checks);
		}
	}

	private static void checkRule(FormDefinition.RuleDefinition rule, int number, Map<String, Indicator> known, Set<String> onForm,
			Checks checks) {
		String left = IndicatorSettings.normalise(rule.left());
		String right = IndicatorSettings.normalise(rule.right());
		String operator = IndicatorSettings.normalise(rule.operator());
		checks.require(OPERATORS.contains(operator), "rules", "error.form.ruleOperator", number);
		for (String code : List.of(left, right)) {
			checks.require(onForm.contains(code), "rules", "error.form.ruleIndicator", number, code);
			checks.require(!onForm.contains(code) || known.get(code).valueType().numeric(), "rules", "error.form.ruleText", number,
					code);
		}
		checks.require(left.isEmpty() || !left.equals(right), "rules", "error.form.ruleSame", number);
	}

	private void write(long formId, FormDefinition d) {
		jdbc.sql("""
				update rpt_form set name_vi = :vi, name_en = :en, period_type = :type, levels = :levels, deadline_day = :day
				where id = :id""")
			.param("vi", d.nameVi().trim())
			.param("en", d.nameEn() == null || d.nameEn().isBlank() ? d.nameVi().trim() : d.nameEn().trim())
			.param("type", IndicatorSettings.parse(PeriodType.class, d.periodType()).name())
			.param("levels", levels(d.levels()))
			.param("day", d.deadlineDay())
			.param("id", formId)
			.update();
		Map<String, Indicator> known = catalog.indicators().stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		int itemOrder = 0;
		for (int s = 0; s < d.sections().size(); s++) {
			FormDefinition.SectionDefinition section = d.sections().get(s);
			long sectionId = jdbc.sql("""
					insert into rpt_form_section (form_id, title_vi, title_en, sort_order) values (:f, :vi, :en, :o) returning id""")
				.param("f", formId)
				.param("vi", section.titleVi().trim())
				.param("en", section.titleEn() == null || section.titleEn().isBlank() ? section.titleVi().trim() : section.titleEn().trim())
				.param("o", (s + 1) * 10)
				.query(Long.class)
				.single();
			for (FormDefinition.ItemDefinition item : section.items()) {
				jdbc.sql("""
						insert into rpt_form_item (form_id, section_id, indicator_id, sort_order, required)
						values (:f, :s, :i, :o, :r)""")
					.param("f", formId)
					.param("s", sectionId)
					.param("i", known.get(IndicatorSettings.normalise(item.indicator())).id())
					.param("o", (++itemOrder) * 10)
					.param("r", item.required())
					.update();
			}
		}
		for (FormDefinition.RuleDefinition rule : d.rules()) {
			jdbc.sql("insert into rpt_rule (form_id, left_id, operator, right_id) values (:f, :l, :o, :r)")
				.param("f", formId)
				.param("l", known.get(IndicatorSettings.normalise(rule.left())).id())
				.param("o", IndicatorSettings.normalise(rule.operator()))
				.param("r", known.get(IndicatorSettings.normalise(rule.right())).id())
				.update();
		}
	}

	private static String levels(List<String> levels) {
		Set<String> names = new LinkedHashSet<>();
		levels.stream().map(UnitLevel::parse).map(Optional::ofNullable).flatMap(Optional::stream).forEach(l -> names.add(l.name()));
		if (levels.stream().anyMatch(l -> l != null && l.strip().equalsIgnoreCase(ReportForm.AREA_LEVEL))) {
			names.add("AREA");
		}
		return String.join(",", names);
	}

	private long reports(long formId) {
		return jdbc.sql("select count(*) from rpt_submission where form_id = :f").param("f", formId).query(Long.class).single();
	}

}
