package vn.doanket.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.doanket.activities.ActivityFigures;
import vn.doanket.activities.ActivityRecorded;
import vn.doanket.activities.CommunityModelChanged;
import vn.doanket.activities.FestivalRecorded;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Indicators counted from implementation records are not typed twice: when an activity, a community model or a
 * festival is recorded, the unit's values of the campaign results form for that year are recomputed from the records
 * and stored (with their roll-ups) in the same transaction. A submitted or approved report is left as it was.
 */
@Component
class DerivedIndicators {

	static final String FORM = "KQ_CVD";

	private final ActivityFigures figures;

	private final IndicatorCatalog catalog;

	private final SubmissionRepository submissions;

	private final ValueStore store;

	private final Units units;

	DerivedIndicators(ActivityFigures figures, IndicatorCatalog catalog, SubmissionRepository submissions, ValueStore store,
			Units units) {
		this.figures = figures;
		this.catalog = catalog;
		this.submissions = submissions;
		this.store = store;
		this.units = units;
	}

	@EventListener
	void on(ActivityRecorded event) {
		refresh(event.unitId(), event.heldOn().getYear());
	}

	@EventListener
	void on(CommunityModelChanged event) {
		refresh(event.unitId(), event.effectiveOn().getYear());
	}

	@EventListener
	void on(FestivalRecorded event) {
		refresh(event.communeId(), event.year());
	}

	/** Stores the unit's derived figures of the year unless its report is locked; returns whether anything was written. */
	boolean refresh(long unitId, int year) {
		Optional<ReportForm> form = catalog.findForm(FORM);
		Optional<AdminUnit> unit = units.byId(unitId);
		String period = String.valueOf(year);
		if (form.isEmpty() || unit.isEmpty() || submissions.find(form.get().id(), unitId, period).status().locked()) {
			return false;
		}
		List<ValueStore.Write> writes = new ArrayList<>();
		for (Map.Entry<String, Long> figure : figures.of(unitId, year).entrySet()) {
			catalog.indicator(figure.getKey())
				.ifPresent(indicator -> writes.add(new ValueStore.Write(new ValueStore.Key(indicator.id(), period, unitId, 0),
						unit.get().path(), BigDecimal.valueOf(figure.getValue()), null, indicator.aggregation() != Aggregation.NONE)));
		}
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return !store.write(writes, auth == null ? "system" : auth.getName()).isEmpty();
	}

}
