package vn.doanket.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActivityRepository {

	private static final String SELECT = """
			select a.*, u.name as unit_name from activity a join unit u on u.id = a.unit_id
			""";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitId, Long memberOrgId, ActivityInput in, String username) {
		return jdbc.sql("""
				insert into activity (unit_id, member_org_id, kind, title, held_on, plan_item_id, community_model_id, channel, language,
				    sessions, participants, minority_participants, audience, level, contents, trainers, destination, inside_province,
				    lessons, theme, notes, created_by)
				values (:unit, :org, :kind, :title, :on, :item, :model, :channel, :language, :sessions, :participants, :minority,
				    :audience, :level, :contents, :trainers, :destination, :inside, :lessons, :theme, :notes, :by) returning id""")
			.param("unit", unitId)
			.param("org", memberOrgId)
			.param("kind", ActivityKind.parse(in.kind()).name())
			.param("title", in.title().trim())
			.param("on", in.heldOn())
			.param("item", in.planItemId())
			.param("model", in.communityModelId())
			.param("channel", in.channel())
			.param("language", blank(in.language()))
			.param("sessions", in.sessions())
			.param("participants", in.count(in.participants()))
			.param("minority", in.count(in.minorityParticipants()))
			.param("audience", blank(in.audience()))
			.param("level", blank(in.level()))
			.param("contents", blank(in.contents()))
			.param("trainers", blank(in.trainers()))
			.param("destination", blank(in.destination()))
			.param("inside", in.insideProvince())
			.param("lessons", blank(in.lessons()))
			.param("theme", blank(in.theme()))
			.param("notes", blank(in.notes()))
			.param("by", username)
			.query(Long.class)
			.single();
	}

	Optional<Activity> findById(long id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::map).optional();
	}

	List<Activity> findUnder(String path, String query, ActivityKind kind, Long memberOrgId, int offset, int limit) {
		return jdbc.sql(SELECT + where() + " order by a.held_on desc, a.id desc offset :o limit :l")
			.params(params(path, query, kind, memberOrgId))
			.param("o", offset)
			.param("l", limit)
			.query(this::map)
			.list();
	}

	long countUnder(String path, String query, ActivityKind kind, Long memberOrgId) {
		return jdbc.sql("select count(*) from activity a join unit u on u.id = a.unit_id " + where())
			.params(params(path, query, kind, memberOrgId))
			.query(Long.class)
			.single();
	}

	/** How many activities fulfil a plan item, and the latest date. */
	List<Map<String, Object>> countsByPlanItem(List<Long> planItemIds) {
		if (planItemIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select plan_item_id, count(*) as activities, max(held_on) as latest from activity where plan_item_id in (:ids) group by plan_item_id")
			.param("ids", planItemIds)
			.query()
			.listOfRows();
	}

	long addAttachment(long activityId, String fileName, String contentType, long size, String sha256) {
		return jdbc.sql("""
				insert into activity_attachment (activity_id, file_name, content_type, size_bytes, sha256)
				values (:a, :n, :t, :s, :h) returning id""")
			.param("a", activityId)
			.param("n", fileName)
			.param("t", contentType)
			.param("s", size)
			.param("h", sha256)
			.query(Long.class)
			.single();
	}

	Optional<Activity.Attachment> attachment(long id) {
		return jdbc.sql("select id, file_name, content_type, size_bytes, sha256 from activity_attachment where id = :id")
			.param("id", id)
			.query(Activity.Attachment.class)
			.optional();
	}

	long activityOfAttachment(long attachmentId) {
		return jdbc.sql("select activity_id from activity_attachment where id = :id").param("id", attachmentId).query(Long.class).single();
	}

	private static String where() {
		return " where u.path like :prefix and a.title_folded like '%' || fold(:q) || '%' and (:kind = '' or a.kind = :kind)"
				+ " and (cast(:org as bigint) is null or a.member_org_id = :org)";
	}

	private static Map<String, Object> params(String path, String query, ActivityKind kind, Long memberOrgId) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", path + "%");
		params.put("q", query == null ? "" : query.trim());
		params.put("kind", kind == null ? "" : kind.name());
		params.put("org", memberOrgId);
		return params;
	}

	private Activity map(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Activity.Attachment> attachments = jdbc
			.sql("select id, file_name, content_type, size_bytes, sha256 from activity_attachment where activity_id = :a order by id")
			.param("a", id)
			.query(Activity.Attachment.class)
			.list();
		return new Activity(id, rs.getLong("unit_id"), rs.getString("unit_name"), (Long) rs.getObject("member_org_id"),
				ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getDate("held_on").toLocalDate(),
				(Long) rs.getObject("plan_item_id"), (Long) rs.getObject("community_model_id"), rs.getString("channel"),
				rs.getString("language"), (Integer) rs.getObject("sessions"), rs.getInt("participants"), rs.getInt("minority_participants"),
				rs.getString("audience"), rs.getString("level"), rs.getString("contents"), rs.getString("trainers"),
				rs.getString("destination"), (Boolean) rs.getObject("inside_province"), rs.getString("lessons"), rs.getString("theme"),
				rs.getString("notes"), attachments);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
