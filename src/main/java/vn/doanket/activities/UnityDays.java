package vn.doanket.activities;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.audit.AuditLog;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;

/**
 * Great National Unity Day and the other festivals per residential area and year, and the summaries by unit: this
 * year's records where they exist, imported counts for earlier years.
 */
@Service
@Transactional
public class UnityDays {

	public static final String UNITY_DAY = "UNITY_DAY";

	/** The first Great Unity Day in every residential area. */
	public static final int FIRST_YEAR = 2003;

	private final FestivalRepository repository;

	private final AccessPolicy access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	UnityDays(FestivalRepository repository, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<FestivalType> festivalTypes() {
		return repository.types();
	}

	/** Records (or corrects) an area's festival of a year. */
	public long record(long areaId, String festival, int year, FestivalInput input) {
		long communeId = repository.areaCommune(areaId).orElseThrow(() -> new NotFoundException("error.area.notFound", areaId));
		access.require(Capability.RECORD_ACTIVITIES, communeId);
		FestivalType type = repository.type(festival == null ? "" : festival)
			.filter(FestivalType::active)
			.orElseThrow(() -> InvalidInputException.of("festival", "error.festival.unknown", festival));
		if (year < FIRST_YEAR || year > 2100) {
			throw InvalidInputException.of("year", "error.festival.year", FIRST_YEAR);
		}
		input.check(year).throwIfAny();
		long id = repository.upsert(type.id(), areaId, year, input);
		audit.record("festival_record", id, "save", null, input);
		events.publishEvent(new FestivalRecorded(id, areaId, communeId, type.code(), year, input.held(),
				input.attendance() == null ? 0 : input.attendance()));
		return id;
	}

	@Transactional(readOnly = true)
	public List<FestivalRecordView> recordsOfCommune(AdminUnit commune, int year) {
		access.require(Capability.READ, commune.id());
		return repository.recordsOfCommune(commune.id(), year);
	}

	/** One row per child unit of the parent for the year; records of the year win over imported counts. */
	@Transactional(readOnly = true)
	public List<UnityDaySummaryRow> summary(AdminUnit parent, int year) {
		access.require(Capability.READ, parent.id());
		List<UnityDaySummaryRow> live = repository.liveSummary(parent.id(), UNITY_DAY, year);
		List<UnityDaySummaryRow> imported = repository.historySummary(parent.id(), year);
		List<UnityDaySummaryRow> rows = new ArrayList<>();
		for (int i = 0; i < imported.size(); i++) {
			rows.add(live.get(i) != null ? live.get(i) : imported.get(i));
		}
		return rows;
	}

	/** The parent's totals for each year of a range (the 20-year summary), one row per year. */
	@Transactional(readOnly = true)
	public List<UnityDaySummaryRow> acrossYears(AdminUnit parent, int from, int to) {
		List<UnityDaySummaryRow> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			int areas = 0;
			int held = 0;
			long attendance = 0;
			long money = 0;
			for (UnityDaySummaryRow row : summary(parent, year)) {
				areas += row.areas();
				held += row.held();
				attendance += row.attendance();
				money += row.money();
			}
			years.add(new UnityDaySummaryRow(parent.code(), parent.name(), year, areas, held, attendance, money, "total"));
		}
		return years;
	}

	/** Imports counts of earlier years per unit (all rows or none); returns how many rows were saved. */
	public int importHistory(List<UnityDayHistoryFile.HistoryRow> rows) {
		for (UnityDayHistoryFile.HistoryRow row : rows) {
			access.require(Capability.RECORD_ACTIVITIES, row.unit().id());
		}
		for (UnityDayHistoryFile.HistoryRow row : rows) {
			repository.upsertHistory(row.unit().id(), row.year(), row.areas(), row.held(), row.attendance(), row.money());
		}
		audit.record("unity_day_history", null, "import", null, java.util.Map.of("rows", rows.size()));
		return rows.size();
	}

}
