package vn.doanket.reporting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.NotFoundException;
import vn.doanket.shared.TextFolding;

/**
 * Defines, changes and removes indicators of the national catalog. Once values exist, an indicator's value type,
 * aggregation and member-organisation split stay as they are (the stored values and roll-ups depend on them); an
 * indicator used by a form or by values cannot be removed.
 */
@Service
@Transactional
class IndicatorSettings {

	static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

	private final JdbcClient jdbc;

	private final IndicatorCatalog catalog;

	private final AccessPolicy access;

	private final AuditLog audit;

	IndicatorSettings(JdbcClient jdbc, IndicatorCatalog catalog, AccessPolicy access, AuditLog audit) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.access = access;
		this.audit = audit;
	}

	/** The catalog with each indicator's use, filtered by code or name typed with or without diacritics. */
	@Transactional(readOnly = true)
	List<CatalogRow> overview(String query) {
		String folded = TextFolding.fold(query == null ? "" : query.trim());
		Map<Long, Long> forms = new HashMap<>();
		jdbc.sql("select indicator_id, count(*) from rpt_form_item group by indicator_id")
			.query(rs -> {
				forms.put(rs.getLong(1), rs.getLong(2));
			});
		Set<Long> withValues = new HashSet<>(jdbc.sql("""
				select i.id from rpt_indicator i where exists (select 1 from rpt_value v where v.indicator_id = i.id)""")
			.query(Long.class)
			.list());
		return catalog.indicators().stream()
			.filter(i -> folded.isEmpty() || TextFolding.fold(i.code() + " " + i.nameVi() + " " + i.nameEn()).contains(folded))
			.map(i -> new CatalogRow(i, forms.getOrDefault(i.id(), 0L), withValues.contains(i.id())))
			.toList();
	}

	/** An indicator of the catalog with the number of forms listing it and whether values exist. */
	record CatalogRow(Indicator indicator, long forms, boolean hasValues) {
	}

	/** The input of an existing indicator, for its edit form. */
	@Transactional(readOnly = true)
	IndicatorInput input(String code) {
		Indicator indicator = require(code);
		return IndicatorInput.of(indicator, sortOrder(indicator.id()));
	}

	/** How many values and forms use the indicator. */
	@Transactional(readOnly = true)
	Usage usage(String code) {
		Indicator indicator = require(code);
		return usage(indicator.id());
	}

	Indicator create(IndicatorInput input) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		String code = normalise(input.code());
		Checks checks = new Checks().requireText(input.code(), "code", 40)
			.require(code.isEmpty() || code.matches(CODE_PATTERN), "code", "error.indicator.code")
			.require(code.isEmpty() || catalog.indicator(code).isEmpty(), "code", "error.indicator.codeExists", code);
		ValueType type = checkCommon(input, checks);
		checks.throwIfAny();
		long id = jdbc.sql("""
				insert into rpt_indicator (code, name_vi, name_en, value_type, aggregation, campaign_content, by_member_org, sort_order)
				values (:code, :vi, :en, :type, :agg, :content, :byOrg,
				        coalesce(:sort, (select coalesce(max(sort_order), 0) + 10 from rpt_indicator))) returning id""")
			.param("code", code)
			.param("vi", input.nameVi().trim())
			.param("en", english(input))
			.param("type", type.name())
			.param("agg", Aggregation.valueOf(upper(input.aggregation())).name())
			.param("content", input.campaignContent())
			.param("byOrg", input.byMemberOrg())
			.param("sort", input.sortOrder())
			.query(Long.class)
			.single();
		Indicator created = require(code);
		audit.record("rpt_indicator", id, "create", null, created);
		return created;
	}

	Indicator update(String code, IndicatorInput input) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		Indicator before = require(code);
		Checks checks = new Checks();
		ValueType type = checkCommon(input, checks);
		if (checks.ok() && usage(before.id()).hasValues()) {
			checks.require(type == before.valueType(), "valueType", "error.indicator.typeFixed")
				.require(Aggregation.valueOf(upper(input.aggregation())) == before.aggregation(), "aggregation",
						"error.indicator.aggregationFixed")
				.require(input.byMemberOrg().booleanValue() == before.byMemberOrg(), "byMemberOrg", "error.indicator.byMemberOrgFixed");
		}
		checks.throwIfAny();
		jdbc.sql("""
				update rpt_indicator set name_vi = :vi, name_en = :en, value_type = :type, aggregation = :agg,
				       campaign_content = :content, by_member_org = :byOrg, sort_order = coalesce(:sort, sort_order)
				where id = :id""")
			.param("vi", input.nameVi().trim())
			.param("en", english(input))
			.param("type", type.name())
			.param("agg", upper(input.aggregation()))
			.param("content", input.campaignContent())
			.param("byOrg", input.byMemberOrg())
			.param("sort", input.sortOrder())
			.param("id", before.id())
			.update();
		Indicator after = require(before.code());
		audit.record("rpt_indicator", before.id(), "update", before, after);
		return after;
	}

	void delete(String code) {
		access.requireNational(Capability.MANAGE_INDICATORS);
		Indicator indicator = require(code);
		Usage usage = usage(indicator.id());
		new Checks().require(usage.forms() == 0, "code", "error.indicator.onForms", indicator.code(), usage.forms())
			.require(!usage.hasValues(), "code", "error.indicator.hasValues", indicator.code())
			.throwIfAny();
		jdbc.sql("delete from rpt_indicator where id = :id").param("id", indicator.id()).update();
		audit.record("rpt_indicator", indicator.id(), "delete", indicator, null);
	}

	/** Checks names, type, aggregation, campaign content and sort order; returns the type when it could be read. */
	private static ValueType checkCommon(IndicatorInput input, Checks checks) {
		ValueType type = parse(ValueType.class, input.valueType());
		Aggregation aggregation = parse(Aggregation.class, input.aggregation());
		checks.requireText(input.nameVi(), "nameVi", 300)
			.require(input.nameEn() == null || input.nameEn().length() <= 300, "nameEn", "error.tooLong", 300)
			.require(type != null, "valueType", "error.indicator.valueType")
			.require(aggregation != null, "aggregation", "error.indicator.aggregation")
			.require(type == null || aggregation == null || type != ValueType.TEXT || aggregation == Aggregation.NONE,
					"aggregation", "error.indicator.textAggregation")
			.require(input.campaignContent() == null || (input.campaignContent() >= 1 && input.campaignContent() <= 5),
					"campaignContent", "error.indicator.campaignContent")
			.require(input.sortOrder() == null || (input.sortOrder() >= 0 && input.sortOrder() <= 100_000), "sortOrder",
					"error.indicator.sortOrder");
		return type;
	}

	private Indicator require(String code) {
		return catalog.indicator(code).orElseThrow(() -> new NotFoundException("error.indicator.notFound", code));
	}

	private Usage usage(long indicatorId) {
		long forms = jdbc.sql("select count(distinct form_id) from rpt_form_item where indicator_id = :i")
			.param("i", indicatorId)
			.query(Long.class)
			.single();
		boolean values = jdbc.sql("select exists (select 1 from rpt_value where indicator_id = :i)")
			.param("i", indicatorId)
			.query(Boolean.class)
			.single();
		return new Usage(forms, values);
	}

	private int sortOrder(long indicatorId) {
		return jdbc.sql("select sort_order from rpt_indicator where id = :i").param("i", indicatorId).query(Integer.class).single();
	}

	private static String english(IndicatorInput input) {
		return input.nameEn() == null || input.nameEn().isBlank() ? input.nameVi().trim() : input.nameEn().trim();
	}

	static String normalise(String code) {
		return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
	}

	private static String upper(String value) {
		return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return constant;
			}
		}
		return null;
	}

	/** How many forms list the indicator, and whether any value was stored for it. */
	record Usage(long forms, boolean hasValues) {
	}

}
