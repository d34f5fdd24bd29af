package vn.doanket.plans;

import java.sql.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes plans and their content (legal bases, sections, items, parties, recipients) with explicit SQL. */
@Repository
class PlanWriter {

	private final JdbcClient jdbc;

	PlanWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the header of a validated plan as a draft; returns its id. */
	long insert(PlanData plan, int version, Long previousId, Long parentPlanId) {
		return jdbc.sql("""
				insert into plan (issuer_unit_id, document_type, number, number_year, symbol, place, issued_on, title,
				  summary, parent_body, issuing_body, campaign_year, version, previous_id, parent_plan_id, derive_by,
				  introduction, closing, signer_authority, signer_position, signer_name)
				values (:issuer, :type, :number, :year, :symbol, :place, :on, :title, :summary, :parentBody,
				  :issuingBody, :campaignYear, :version, :previous, :parentPlan, :deriveBy, :intro, :closing,
				  :authority, :position, :signer)
				returning id""")
			.params(header(plan))
			.param("version", version)
			.param("previous", previousId)
			.param("parentPlan", parentPlanId)
			.query(Long.class)
			.single();
	}

	void updateHeader(long id, PlanData plan) {
		jdbc.sql("""
				update plan set document_type = :type, number = :number, number_year = :year, symbol = :symbol,
				  place = :place, issued_on = :on, title = :title, summary = :summary, parent_body = :parentBody,
				  issuing_body = :issuingBody, campaign_year = :campaignYear, derive_by = :deriveBy,
				  introduction = :intro, closing = :closing, signer_authority = :authority,
				  signer_position = :position, signer_name = :signer
				where id = :id""").params(header(plan)).param("id", id).update();
	}

	private static java.util.Map<String, Object> header(PlanData plan) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("issuer", plan.issuerUnitId());
		p.put("type", plan.documentType());
		p.put("number", plan.number());
		p.put("year", plan.issuedOn().getYear());
		p.put("symbol", plan.symbol());
		p.put("place", plan.place());
		p.put("on", Date.valueOf(plan.issuedOn()));
		p.put("title", plan.title());
		p.put("summary", String.join("\n", plan.summary()));
		p.put("parentBody", plan.parentBody());
		p.put("issuingBody", plan.issuingBody());
		p.put("campaignYear", plan.campaignYear());
		p.put("deriveBy", plan.deriveBy() == null ? null : Date.valueOf(plan.deriveBy()));
		p.put("intro", String.join("\n", plan.introduction()));
		p.put("closing", String.join("\n", plan.closing()));
		PlanData.Signer signer = plan.signer();
		p.put("authority", signer == null ? null : signer.authority());
		p.put("position", signer == null ? null : signer.position());
		p.put("signer", signer == null ? null : signer.name());
		return p;
	}

	/** Replaces the legal bases, sections, items, parties and recipients of a draft. */
	void replaceContent(long planId, PlanData plan) {
		jdbc.sql("delete from plan_party where plan_id = :id").param("id", planId).update();
		jdbc.sql("delete from plan_item where plan_id = :id").param("id", planId).update();
		jdbc.sql("delete from plan_section where plan_id = :id").param("id", planId).update();
		jdbc.sql("delete from plan_legal_basis where plan_id = :id").param("id", planId).update();
		jdbc.sql("delete from plan_recipient where plan_id = :id").param("id", planId).update();
		insertContent(planId, plan);
	}

	void insertContent(long planId, PlanData plan) {
		int position = 0;
		for (PlanData.Basis basis : plan.legalBases()) {
			jdbc.sql("""
					insert into plan_legal_basis (plan_id, position, text, document_number, document_date, issuer, title)
					values (:plan, :pos, :text, :number, :date, :issuer, :title)""")
				.param("plan", planId)
				.param("pos", position++)
				.param("text", basis.text())
				.param("number", basis.documentNumber())
				.param("date", basis.date() == null ? null : Date.valueOf(basis.date()))
				.param("issuer", basis.issuer())
				.param("title", basis.title())
				.update();
		}
		position = 0;
		for (PlanData.Section section : plan.sections()) {
			long sectionId = jdbc.sql("""
					insert into plan_section (plan_id, position, label, title, kind, body)
					values (:plan, :pos, :label, :title, :kind, :body) returning id""")
				.param("plan", planId)
				.param("pos", position++)
				.param("label", section.label())
				.param("title", section.title())
				.param("kind", section.kind().name())
				.param("body", section.text())
				.query(Long.class)
				.single();
			int itemPosition = 0;
			for (PlanData.Item item : section.items()) {
				insertItem(planId, sectionId, itemPosition++, item);
			}
			insertParties(planId, sectionId, null, "RESPONSIBLE", section.parties());
		}
		position = 0;
		for (PlanData.Recipient recipient : plan.recipients()) {
			jdbc.sql("""
					insert into plan_recipient (plan_id, position, name, purpose, delivery, unit_id)
					values (:plan, :pos, :name, :purpose, :delivery, :unit)""")
				.param("plan", planId)
				.param("pos", position++)
				.param("name", recipient.name())
				.param("purpose", recipient.purpose().name())
				.param("delivery", recipient.delivery().name())
				.param("unit", recipient.unitId())
				.update();
		}
	}

	long insertItem(long planId, long sectionId, int position, PlanData.Item item) {
		long itemId = jdbc.sql("""
				insert into plan_item (plan_id, section_id, position, label, title, content, form, details,
				  campaign_contents, activity_kind, timeframe_kind, timeframe_start, timeframe_end, timeframe_text,
				  parent_item_id)
				values (:plan, :section, :pos, :label, :title, :content, :form, :details, :contents, :kind, :tfKind,
				  :tfStart, :tfEnd, :tfText, :parent) returning id""")
			.params(itemParams(item))
			.param("plan", planId)
			.param("section", sectionId)
			.param("pos", position)
			.param("parent", item.parentItemId())
			.query(Long.class)
			.single();
		insertParties(planId, sectionId, itemId, "RESPONSIBLE", item.responsible());
		insertParties(planId, sectionId, itemId, "COORDINATING", item.coordinating());
		return itemId;
	}

	void updateItem(long itemId, PlanData.Item item) {
		jdbc.sql("""
				update plan_item set label = :label, title = :title, content = :content, form = :form,
				  details = :details, campaign_contents = :contents, activity_kind = :kind, timeframe_kind = :tfKind,
				  timeframe_start = :tfStart, timeframe_end = :tfEnd, timeframe_text = :tfText
				where id = :id""").params(itemParams(item)).param("id", itemId).update();
		jdbc.sql("delete from plan_party where item_id = :id").param("id", itemId).update();
		long planId = jdbc.sql("select plan_id from plan_item where id = :id").param("id", itemId).query(Long.class).single();
		long sectionId = jdbc.sql("select section_id from plan_item where id = :id").param("id", itemId).query(Long.class).single();
		insertParties(planId, sectionId, itemId, "RESPONSIBLE", item.responsible());
		insertParties(planId, sectionId, itemId, "COORDINATING", item.coordinating());
	}

	/** Adds an empty section at the end of a draft; returns its id. */
	long addSection(long planId, String label, String title, PlanData.SectionKind kind) {
		return jdbc.sql("""
				insert into plan_section (plan_id, position, label, title, kind)
				values (:plan, (select coalesce(max(position), -1) + 1 from plan_section where plan_id = :plan), :label, :title, :kind)
				returning id""")
			.param("plan", planId)
			.param("label", label)
			.param("title", title)
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	private static java.util.Map<String, Object> itemParams(PlanData.Item item) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("label", item.label());
		p.put("title", item.title());
		p.put("content", item.content());
		p.put("form", item.form());
		p.put("details", item.details());
		p.put("contents", item.campaignContents().stream().map(String::valueOf).collect(Collectors.joining(",")));
		p.put("kind", item.activityKind().name());
		Timeframe tf = item.timeframe();
		p.put("tfKind", tf == null ? null : tf.kind().name());
		p.put("tfStart", tf == null || tf.start() == null ? null : Date.valueOf(tf.start()));
		p.put("tfEnd", tf == null || tf.end() == null ? null : Date.valueOf(tf.end()));
		p.put("tfText", tf == null ? null : tf.text());
		return p;
	}

	private void insertParties(long planId, long sectionId, Long itemId, String role, List<PlanData.Party> parties) {
		int position = 0;
		for (PlanData.Party party : parties) {
			jdbc.sql("""
					insert into plan_party (plan_id, section_id, item_id, position, role, kind, name, member_org_code,
					  unit_id, tasks)
					values (:plan, :section, :item, :pos, :role, :kind, :name, :org, :unit, :tasks)""")
				.param("plan", planId)
				.param("section", sectionId)
				.param("item", itemId)
				.param("pos", position++)
				.param("role", role)
				.param("kind", party.kind().name())
				.param("name", party.name())
				.param("org", party.memberOrg())
				.param("unit", party.unitId())
				.param("tasks", String.join("\n", party.tasks()))
				.update();
		}
	}

}
