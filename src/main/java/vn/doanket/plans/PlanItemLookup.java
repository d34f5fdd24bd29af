package vn.doanket.plans;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.doanket.activities.PlanItemDirectory;

/** Tells the activities module which plan an item belongs to, so that activities can be linked to plan items. */
@Component
class PlanItemLookup implements PlanItemDirectory {

	private final JdbcClient jdbc;

	PlanItemLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PlanItemRef> find(long planItemId) {
		return jdbc.sql("""
				select i.id as plan_item_id, p.id as plan_id, p.campaign_year as year, p.issuer_unit_id, i.title
				from plan_item i join plan p on p.id = i.plan_id where i.id = :id""")
			.param("id", planItemId)
			.query(PlanItemRef.class)
			.optional();
	}

}
