package vn.doanket.activities;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a unit's own records of a year for the indicators that are derived from them (reporting listens to this
 * module's events and stores these figures instead of asking people to type them again). Figures of one unit only —
 * the reporting roll-ups add up the units below. No personal data: only counts.
 */
@Component
@Transactional(readOnly = true)
public class ActivityFigures {

	/** Indicator codes of the campaign results form that these figures fill. */
	public static final String PROPAGANDA_SESSIONS = "TUYEN_TRUYEN_BUOI";

	public static final String PROPAGANDA_PARTICIPANTS = "TUYEN_TRUYEN_NGUOI";

	public static final String TRAININGS = "TAP_HUAN_HOI_NGHI";

	public static final String TRAINING_PARTICIPANTS = "TAP_HUAN_NGUOI";

	public static final String NEW_MODELS = "MO_HINH_MOI";

	public static final String MAINTAINED_MODELS = "MO_HINH_DUY_TRI";

	public static final String AREAS_HOLDING_UNITY_DAY = "KDC_NGAY_HOI";

	private final JdbcClient jdbc;

	ActivityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The figures of the unit for the year, by indicator code; Unity Day coverage only for communes with records. */
	public Map<String, Long> of(long unitId, int year) {
		Map<String, Long> figures = new LinkedHashMap<>();
		jdbc.sql("""
				select kind, count(*) as n, coalesce(sum(sessions), 0) as sessions, coalesce(sum(participants), 0) as participants
				from activity where unit_id = :u and extract(year from held_on) = :y and kind in ('PROPAGANDA', 'TRAINING') group by kind""")
			.param("u", unitId)
			.param("y", year)
			.query(rs -> {
				if (rs.getString("kind").equals("PROPAGANDA")) {
					figures.put(PROPAGANDA_SESSIONS, rs.getLong("sessions"));
					figures.put(PROPAGANDA_PARTICIPANTS, rs.getLong("participants"));
				}
				else {
					figures.put(TRAININGS, rs.getLong("n"));
					figures.put(TRAINING_PARTICIPANTS, rs.getLong("participants"));
				}
			});
		figures.putIfAbsent(PROPAGANDA_SESSIONS, 0L);
		figures.putIfAbsent(PROPAGANDA_PARTICIPANTS, 0L);
		figures.putIfAbsent(TRAININGS, 0L);
		figures.putIfAbsent(TRAINING_PARTICIPANTS, 0L);
		LocalDate end = LocalDate.of(year, 12, 31);
		jdbc.sql("""
				select count(*) filter (where extract(year from m.started_on) = :y) as new_models,
				       count(*) filter (where m.started_on < :start and (select s.status from community_model_status s
				           where s.model_id = m.id and s.effective_on <= :end order by s.effective_on desc, s.id desc limit 1)
				           in ('MAINTAINED', 'REPLICATED', 'NEW')) as maintained
				from community_model m where m.unit_id = :u""")
			.param("u", unitId)
			.param("y", year)
			.param("start", LocalDate.of(year, 1, 1))
			.param("end", end)
			.query(rs -> {
				figures.put(NEW_MODELS, rs.getLong("new_models"));
				figures.put(MAINTAINED_MODELS, rs.getLong("maintained"));
			});
		jdbc.sql("""
				select count(*) filter (where r.held) as held, count(*) as records
				from festival_record r join festival_type t on t.id = r.festival_type_id join residential_area a on a.id = r.area_id
				where t.code = 'UNITY_DAY' and r.year = :y and a.commune_id = :u""")
			.param("u", unitId)
			.param("y", year)
			.query(rs -> {
				if (rs.getLong("records") > 0) {
					figures.put(AREAS_HOLDING_UNITY_DAY, rs.getLong("held"));
				}
			});
		return figures;
	}

}
