package vn.doanket.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.NotFoundException;
import vn.doanket.units.UnitLevel;

/** The configured indicators and report forms (reference data, readable by every signed-in user). */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

	private final JdbcClient jdbc;

	IndicatorCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Indicator> indicators() {
		return jdbc.sql("select * from rpt_indicator order by sort_order, code").query(IndicatorCatalog::indicator).list();
	}

	/** The indicator with the code (any case), read by itself. */
	public Optional<Indicator> indicator(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select * from rpt_indicator where upper(code) = upper(:c) order by code limit 1").param("c", code.trim())
			.query(IndicatorCatalog::indicator)
			.optional();
	}

	private static Indicator indicator(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				ValueType.valueOf(rs.getString("value_type")), Aggregation.valueOf(rs.getString("aggregation")),
				(Integer) rs.getObject("campaign_content"), rs.getBoolean("by_member_org"));
	}

	public List<ReportForm> forms() {
		return jdbc.sql("select code from rpt_form order by id").query(String.class).list().stream().map(this::form).toList();
	}

	public ReportForm form(String code) {
		return findForm(code).orElseThrow(() -> new NotFoundException("error.report.formNotFound", code));
	}

	public Optional<ReportForm> findForm(String code) {
		Map<Long, Indicator> byId = new LinkedHashMap<>();
		indicators().forEach(i -> byId.put(i.id(), i));
		return jdbc.sql("select * from rpt_form where code = :c").param("c", code == null ? "" : code.trim())
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new ReportForm(id, rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
						PeriodType.valueOf(rs.getString("period_type")), levels(rs.getString("levels")), rs.getInt("deadline_day"),
						sections(id, byId), rules(id, byId), Arrays.stream(rs.getString("levels").split(",")).anyMatch(l -> l.strip().equalsIgnoreCase(ReportForm.AREA_LEVEL)));
			})
			.optional();
	}

	private List<ReportForm.Section> sections(long formId, Map<Long, Indicator> byId) {
		record Row(long sectionId, String vi, String en, Long indicatorId, boolean required) {
		}
		List<Row> rows = jdbc.sql("""
				select s.id, s.title_vi, s.title_en, i.indicator_id, coalesce(i.required, false) as required
				from rpt_form_section s left join rpt_form_item i on i.section_id = s.id
				where s.form_id = :f order by s.sort_order, i.sort_order""")
			.param("f", formId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getBoolean(5)))
			.list();
		Map<Long, ReportForm.Section> sections = new LinkedHashMap<>();
		for (Row row : rows) {
			ReportForm.Section section = sections.computeIfAbsent(row.sectionId(),
					k -> new ReportForm.Section(row.vi(), row.en(), new ArrayList<>()));
			if (row.indicatorId() != null) {
				section.items().add(new ReportForm.Item(byId.get(row.indicatorId()), row.required()));
			}
		}
		return sections.values().stream().map(s -> new ReportForm.Section(s.titleVi(), s.titleEn(), List.copyOf(s.items()))).toList();
	}

	private List<ValidationRule> rules(long formId, Map<Long, Indicator> byId) {
		return jdbc.sql("select left_id, operator, right_id from rpt_rule where form_id = :f order by id")
			.param("f", formId)
			.query((rs, n) -> new ValidationRule(byId.get(rs.getLong(1)), rs.getString(2), byId.get(rs.getLong(3))))
			.list();
	}

	private static Set<UnitLevel> levels(String text) {
		Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
		Arrays.stream(text.split(",")).map(UnitLevel::parse).filter(l -> l != null).forEach(levels::add);
		return levels;
	}

}
