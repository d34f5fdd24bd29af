package vn.doanket.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.plans.importing.PlanTextParser;
import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Demo plans, only into an empty plan table: the real 2023 campaign plan of the Kon Tum province Standing Committee,
 * issued on 10/02/2023 with lower plans due by 15/03/2023; derived plans of most district-level committees (some on
 * time, some late, one still a draft, a few missing — Đắk Glei among them, so that its officer can derive one) and
 * varied progress on the province's items, so that the matrix means something on first run.
 */
@Component
@Order(20)
class PlanDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

	static final LocalDate ISSUED_ON = LocalDate.of(2023, 2, 10);

	static final LocalDate DERIVE_BY = LocalDate.of(2023, 3, 15);

	/** District code → date its derived plan was issued (null: still a draft). Codes not listed have none. */
	private static final Map<String, LocalDate> DERIVED = Map.of("608", LocalDate.of(2023, 3, 1), "611",
			LocalDate.of(2023, 4, 5), "612", LocalDate.of(2023, 3, 10), "614", LocalDate.of(2023, 3, 14), "615",
			LocalDate.of(2023, 5, 20), "617", LocalDate.of(2023, 2, 28));

	private static final String DRAFT_ONLY = "613";

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final Units units;

	private final PlanWriter writer;

	private final PlanReader reader;

	private final PlanIssuing issuing;

	PlanDemoData(DemoMode demo, JdbcClient jdbc, Units units, PlanWriter writer, PlanReader reader, PlanIssuing issuing) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.units = units;
		this.writer = writer;
		this.reader = reader;
		this.issuing = issuing;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from plan").query(Long.class).single() > 0) {
			return;
		}
		AdminUnit kontum = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		PlanData proposal = ProposalMapping.toData(PlanTextParser.parse(seedText()));
		PlanData seed = new PlanData(null, kontum.id(), null, "KH", 15, null, null, "Kon Tum", ISSUED_ON, proposal.title(),
				proposal.summary(), 2023, null, null, proposal.legalBases(), proposal.introduction(), proposal.sections(),
				proposal.closing(), new PlanData.Signer("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Thành"),
				proposal.recipients(), null, null, null, null, null, null, null, false);
		long provincePlan = save(seed, kontum, null, ISSUED_ON, DERIVE_BY);
		PlanData parent = reader.find(provincePlan).orElseThrow();
		for (AdminUnit district : units.children(kontum)) {
			LocalDate issued = DERIVED.get(district.code());
			if (issued != null || DRAFT_ONLY.equals(district.code())) {
				LocalDate date = issued != null ? issued : LocalDate.of(2023, 3, 20);
				PlanData draft = PlanCascade.derivedDraft(parent, district, date);
				PlanData signed = new PlanData(null, district.id(), null, "KH", null, null, null, null, date, draft.title(),
						draft.summary(), 2023, null, null, draft.legalBases(), List.of(), draft.sections(), List.of(),
						new PlanData.Signer("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Chủ tịch " + district.name()),
						draft.recipients(), null, null, null, null, null, null, null, false);
				save(signed, district, provincePlan, issued, null);
			}
		}
		progress(parent);
		log.info("Demo plans created: the 2023 Kon Tum province plan {} and {} derived district plans", provincePlan,
				DERIVED.size() + 1);
	}

	private long save(PlanData input, AdminUnit issuer, Long parentPlanId, LocalDate issuedOn, LocalDate deriveBy) {
		PlanData plan = PlanChecks.normalise(input, issuer, input.issuedOn());
		long id = writer.insert(plan, 1, null, parentPlanId);
		writer.insertContent(id, plan);
		if (issuedOn != null) {
			issuing.issueChecked(id, deriveBy);
			jdbc.sql("update plan set issued_at = cast(:d as date) + time '09:00' where id = :id")
				.param("d", java.sql.Date.valueOf(issuedOn))
				.param("id", id)
				.update();
		}
		return id;
	}

	/** Deterministic, varied reports of the districts on the province's contents items. */
	private void progress(PlanData plan) {
		List<PlanData.Item> items = ProgressMatrix.trackedItems(plan);
		List<Long> unitIds = jdbc.sql("select i.unit_id from plan_inbox i join unit u on u.id = i.unit_id where i.plan_id = :p order by u.code")
			.param("p", plan.id())
			.query(Long.class)
			.list();
		String[] statuses = { null, "DONE", "IN_PROGRESS", "DONE", "NOT_STARTED", "DONE", null };
		for (int u = 0; u < unitIds.size(); u++) {
			for (int i = 0; i < items.size(); i++) {
				String status = statuses[(u * 3 + i) % statuses.length];
				if (status == null || u == 1) {
					continue;
				}
				jdbc.sql("""
						insert into plan_progress (item_id, unit_id, status, note, reported_on, reported_by)
						values (:i, :u, :s, :n, :d, 'demo')""")
					.param("i", items.get(i).id())
					.param("u", unitIds.get(u))
					.param("s", status)
					.param("n", "DONE".equals(status) ? "Đã triển khai theo kế hoạch." : "Đang tổ chức thực hiện.")
					.param("d", java.sql.Date.valueOf(LocalDate.of(2023, 6 + (i % 6), 14)))
					.update();
			}
		}
	}

	private static String seedText() {
		try (InputStream in = PlanDemoData.class.getResourceAsStream("/demo/plans/kontum-2023.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
