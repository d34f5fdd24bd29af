package vn.doanket.plans;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.audit.AuditLog;
import vn.doanket.shared.Checks;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;

/** The item editor of a draft: add, change, delete and move items one at a time. Issued plans are read-only. */
@Service
@Transactional
class PlanEditing {

	private final PlanAccess planAccess;

	private final PlanWriter writer;

	private final PlanReader reader;

	private final PlanDrafting drafting;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	PlanEditing(PlanAccess planAccess, PlanWriter writer, PlanReader reader, PlanDrafting drafting, JdbcClient jdbc,
			AuditLog audit) {
		this.planAccess = planAccess;
		this.writer = writer;
		this.reader = reader;
		this.drafting = drafting;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	PlanData.Item addItem(long planId, long sectionId, PlanData.Item input) {
		PlanReader.PlanHead head = requireDraft(planId);
		requireSection(planId, sectionId);
		PlanData.Item item = checked(input, head);
		int position = jdbc.sql("select coalesce(max(position), -1) + 1 from plan_item where section_id = :s")
			.param("s", sectionId)
			.query(Integer.class)
			.single();
		long id = writer.insertItem(planId, sectionId, position, item);
		PlanData.Item saved = item(planId, id);
		audit.record("plan_item", id, "create", null, saved);
		return saved;
	}

	long addSection(long planId, String label, String title, String kind) {
		requireDraft(planId);
		new Checks().requireText(title, "sectionTitle", 1000).require(label == null || label.length() <= 20, "label", "error.tooLong", 20).throwIfAny();
		PlanData.SectionKind sectionKind = java.util.Arrays.stream(PlanData.SectionKind.values())
			.filter(k -> k.name().equals(kind))
			.findFirst()
			.orElse(PlanData.SectionKind.OTHER);
		long id = writer.addSection(planId, label == null || label.isBlank() ? null : label.strip(), title.strip(), sectionKind);
		audit.record("plan_section", id, "create", null, title.strip());
		return id;
	}

	PlanData.Item updateItem(long planId, long itemId, PlanData.Item input) {
		PlanReader.PlanHead head = requireDraft(planId);
		PlanData.Item before = item(planId, itemId);
		writer.updateItem(itemId, checked(input, head));
		PlanData.Item after = item(planId, itemId);
		audit.record("plan_item", itemId, "update", before, after);
		return after;
	}

	void deleteItem(long planId, long itemId) {
		requireDraft(planId);
		PlanData.Item before = item(planId, itemId);
		jdbc.sql("delete from plan_item where id = :id").param("id", itemId).update();
		audit.record("plan_item", itemId, "delete", before, null);
	}

	/** Swaps the item with the one above ({@code up}) or below it in its section. */
	void moveItem(long planId, long itemId, boolean up) {
		requireDraft(planId);
		item(planId, itemId);
		List<Long> order = jdbc.sql("""
				select id from plan_item where section_id = (select section_id from plan_item where id = :id)
				order by position, id""").param("id", itemId).query(Long.class).list();
		int index = order.indexOf(itemId);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= order.size()) {
			return;
		}
		java.util.ArrayList<Long> moved = new java.util.ArrayList<>(order);
		java.util.Collections.swap(moved, index, other);
		for (int i = 0; i < moved.size(); i++) {
			jdbc.sql("update plan_item set position = :p where id = :id").param("p", i).param("id", moved.get(i)).update();
		}
		audit.record("plan_item", itemId, up ? "move-up" : "move-down", order, moved);
	}

	/** An issued plan is changed through a new version: a draft copy that replaces it once issued. */
	PlanData newVersion(long planId) {
		PlanData current = reader.find(planId).orElseThrow();
		return drafting.update(planId, current);
	}

	PlanData.Item item(long planId, long itemId) {
		return reader.find(planId)
			.orElseThrow()
			.allItems()
			.stream()
			.filter(i -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.plan.itemNotFound", itemId));
	}

	private PlanData.Item checked(PlanData.Item input, PlanReader.PlanHead head) {
		Checks checks = new Checks();
		PlanData.Item item = PlanChecks.item(input, head.campaignYear(), 1, checks);
		if (!checks.ok()) {
			throw new InvalidInputException(checks.problems().stream().map(p -> vn.doanket.shared.Problem.field(p.field(), p.code(), p.args())).toList());
		}
		return item;
	}

	private PlanReader.PlanHead requireDraft(long planId) {
		PlanReader.PlanHead head = planAccess.requireManage(planId);
		if (head.issued()) {
			throw InvalidInputException.of("status", "error.plan.readOnly");
		}
		return head;
	}

	private void requireSection(long planId, long sectionId) {
		boolean exists = jdbc.sql("select count(*) from plan_section where id = :s and plan_id = :p")
			.param("s", sectionId)
			.param("p", planId)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new NotFoundException("error.plan.sectionNotFound", sectionId);
		}
	}

}
