package vn.doanket.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads saved plans back into {@link PlanData} with explicit SQL. */
@Repository
class PlanReader {

	private final JdbcClient jdbc;

	PlanReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanData> find(long id) {
		Optional<PlanData> header = jdbc.sql("select p.*, u.name as issuer_name from plan p join unit u on u.id = p.issuer_unit_id where p.id = :id")
			.param("id", id)
			.query(PlanReader::header)
			.optional();
		return header.map(this::withContent);
	}

	/** The issuer's unit id of a plan, without loading it. */
	Optional<PlanHead> head(long id) {
		return jdbc.sql("select id, issuer_unit_id, status, campaign_year, parent_plan_id, superseded_by from plan where id = :id")
			.param("id", id)
			.query((rs, n) -> new PlanHead(rs.getLong("id"), rs.getLong("issuer_unit_id"),
					PlanData.PlanStatus.valueOf(rs.getString("status")), rs.getInt("campaign_year"),
					(Long) rs.getObject("parent_plan_id"), (Long) rs.getObject("superseded_by")))
			.optional();
	}

	/** The few facts about a plan that access and workflow decisions need. */
	record PlanHead(long id, long issuerUnitId, PlanData.PlanStatus status, int campaignYear, Long parentPlanId,
			Long supersededBy) {

		boolean issued() {
			return status == PlanData.PlanStatus.ISSUED;
		}

	}

	/** The next free number in the issuer's year. */
	int nextNumber(long issuerUnitId, int year) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from plan where issuer_unit_id = :u and number_year = :y")
			.param("u", issuerUnitId)
			.param("y", year)
			.query(Integer.class)
			.single();
	}

	/** The draft that will replace this plan, or {@code null}. */
	Long draftVersionOf(long planId) {
		return jdbc.sql("select min(id) from plan where previous_id = :id and status = 'DRAFT'")
			.param("id", planId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The plan holding that number in the issuer's year, or {@code null}. */
	Long planWithNumber(long issuerUnitId, int year, int number) {
		return jdbc.sql("select id from plan where issuer_unit_id = :u and number_year = :y and number = :n")
			.param("u", issuerUnitId)
			.param("y", year)
			.param("n", number)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private PlanData withContent(PlanData plan) {
		long id = plan.id();
		List<PlanData.Basis> bases = jdbc.sql("select * from plan_legal_basis where plan_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new PlanData.Basis(rs.getString("text"), rs.getString("document_number"),
					date(rs, "document_date"), rs.getString("issuer"), rs.getString("title")))
			.list();
		Map<Long, List<PlanData.Party>> itemParties = new LinkedHashMap<>();
		Map<Long, List<PlanData.Party>> itemCoordinators = new LinkedHashMap<>();
		Map<Long, List<PlanData.Party>> sectionParties = new LinkedHashMap<>();
		jdbc.sql("select * from plan_party where plan_id = :id order by position, id").param("id", id).query(rs -> {
			PlanData.Party party = new PlanData.Party(PlanData.PartyKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getString("member_org_code"), (Long) rs.getObject("unit_id"), lines(rs.getString("tasks")));
			Long itemId = (Long) rs.getObject("item_id");
			if (itemId == null) {
				sectionParties.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>()).add(party);
			}
			else {
				var target = "COORDINATING".equals(rs.getString("role")) ? itemCoordinators : itemParties;
				target.computeIfAbsent(itemId, k -> new ArrayList<>()).add(party);
			}
		});
		Map<Long, List<PlanData.Item>> items = new LinkedHashMap<>();
		jdbc.sql("select * from plan_item where plan_id = :id order by position, id").param("id", id).query(rs -> {
			long itemId = rs.getLong("id");
			items.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
				.add(item(rs, itemParties.getOrDefault(itemId, List.of()), itemCoordinators.getOrDefault(itemId, List.of())));
		});
		List<PlanData.Section> sections = jdbc.sql("select * from plan_section where plan_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new PlanData.Section(rs.getLong("id"), rs.getString("label"), rs.getString("title"),
					PlanData.SectionKind.valueOf(rs.getString("kind")), rs.getString("body"),
					items.getOrDefault(rs.getLong("id"), List.of()), sectionParties.getOrDefault(rs.getLong("id"), List.of()),
					false))
			.list();
		List<PlanData.Recipient> recipients = jdbc.sql("select * from plan_recipient where plan_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new PlanData.Recipient(rs.getString("name"), PlanData.Purpose.valueOf(rs.getString("purpose")),
					PlanData.Delivery.valueOf(rs.getString("delivery")), (Long) rs.getObject("unit_id")))
			.list();
		return new PlanData(plan.id(), plan.issuerUnitId(), plan.issuerName(), plan.documentType(), plan.number(),
				plan.symbol(), plan.numberText(), plan.place(), plan.issuedOn(), plan.title(), plan.summary(),
				plan.campaignYear(), plan.parentBody(), plan.issuingBody(), bases, plan.introduction(), sections,
				plan.closing(), plan.signer(), recipients, plan.status(), plan.version(), plan.previousId(),
				plan.supersededBy(), plan.parentPlanId(), plan.deriveBy(), null, false);
	}

	static PlanData.Item item(ResultSet rs, List<PlanData.Party> responsible, List<PlanData.Party> coordinating)
			throws SQLException {
		String kind = rs.getString("timeframe_kind");
		Timeframe timeframe = kind == null ? null
				: new Timeframe(Timeframe.Kind.valueOf(kind), date(rs, "timeframe_start"), date(rs, "timeframe_end"),
						rs.getString("timeframe_text"));
		String contents = rs.getString("campaign_contents");
		List<Integer> campaignContents = contents == null || contents.isBlank() ? List.of()
				: Arrays.stream(contents.split(",")).map(Integer::valueOf).toList();
		return new PlanData.Item(rs.getLong("id"), rs.getString("label"), rs.getString("title"), rs.getString("content"),
				rs.getString("form"), rs.getString("details"), campaignContents,
				ActivityKind.valueOf(rs.getString("activity_kind")), timeframe, responsible, coordinating,
				(Long) rs.getObject("parent_item_id"), false);
	}

	static PlanData header(ResultSet rs, int n) throws SQLException {
		Integer number = (Integer) rs.getObject("number");
		String symbol = rs.getString("symbol");
		String numberText = number == null ? "…/" + symbol : (number < 10 ? "0" : "") + number + "/" + symbol;
		String position = rs.getString("signer_position");
		PlanData.Signer signer = position == null && rs.getString("signer_name") == null ? null
				: new PlanData.Signer(rs.getString("signer_authority"), position, rs.getString("signer_name"));
		return new PlanData(rs.getLong("id"), rs.getLong("issuer_unit_id"), rs.getString("issuer_name"),
				rs.getString("document_type"), number, symbol, numberText, rs.getString("place"), date(rs, "issued_on"),
				rs.getString("title"), lines(rs.getString("summary")), rs.getInt("campaign_year"),
				rs.getString("parent_body"), rs.getString("issuing_body"), List.of(), lines(rs.getString("introduction")),
				List.of(), lines(rs.getString("closing")), signer, List.of(),
				PlanData.PlanStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				(Long) rs.getObject("previous_id"), (Long) rs.getObject("superseded_by"),
				(Long) rs.getObject("parent_plan_id"), date(rs, "derive_by"), null, false);
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
	}

}
