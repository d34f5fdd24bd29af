package vn.doanket.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * Demo implementation records for Kon Tum (deterministic, illustrative): Great Unity Day 2023 in most residential
 * areas, imported counts for 2003–2022, community models in every district with some replicated or stopped, and
 * activities of the province, the districts and the Women's Union.
 */
@Component
@Order(20)
class ActivitiesDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ActivitiesDemoData.class);

	private static final List<String[]> MODELS = List.of(
			new String[] { "4", "Tổ tự quản an ninh trật tự" }, new String[] { "3", "Đường hoa" },
			new String[] { "3", "Phân loại rác tại nguồn" }, new String[] { "1", "Tổ hợp tác sinh kế" },
			new String[] { "4", "Camera an ninh" }, new String[] { "2", "Khu dân cư văn hóa" });

	private final JdbcClient jdbc;

	private final Units units;

	private final DemoMode demo;

	ActivitiesDemoData(JdbcClient jdbc, Units units, DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from festival_record").query(Long.class).single() > 0) {
			return;
		}
		AdminUnit kontum = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		Random random = new Random(18_11_2023);
		unityDays2023(kontum, random);
		history(kontum, random);
		models(kontum, random);
		activities(kontum, random);
		log.info("Demo implementation records created for Kon Tum");
	}

	private void unityDays2023(AdminUnit province, Random random) {
		long type = jdbc.sql("select id from festival_type where code = 'UNITY_DAY'").query(Long.class).single();
		List<long[]> areas = jdbc.sql("""
				select a.id, a.households from residential_area a join unit u on u.id = a.commune_id
				where u.path like :p order by a.id""").param("p", province.path() + "%").query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		for (long[] area : areas) {
			boolean held = random.nextInt(100) < 93;
			jdbc.sql("""
					insert into festival_record (festival_type_id, area_id, year, held, held_on, attendance, leaders_level, ceremony_parts,
					    festivity_parts, budget_money, social_money, households_commended, individuals_commended)
					values (:t, :a, 2023, :held, :on, :att, :lead, :cer, :fest, :budget, :social, :hh, :ind)""")
				.param("t", type)
				.param("a", area[0])
				.param("held", held)
				.param("on", held ? LocalDate.of(2023, 11, 1 + random.nextInt(18)) : null)
				.param("att", held ? (int) (area[1] * 1.6) + random.nextInt(60) : 0)
				.param("lead", held ? (random.nextInt(10) == 0 ? "PROVINCE" : random.nextInt(3) == 0 ? "DISTRICT" : "COMMUNE") : null)
				.param("cer", held ? "Báo cáo kết quả thực hiện Cuộc vận động; biểu dương, khen thưởng" : null)
				.param("fest", held ? "Văn nghệ, thể thao, trò chơi dân gian" + (random.nextBoolean() ? ", bữa cơm đoàn kết" : "") : null)
				.param("budget", held ? 5_000_000L : 0L)
				.param("social", held ? 1_000_000L * random.nextInt(6) : 0L)
				.param("hh", held ? random.nextInt(12) : 0)
				.param("ind", held ? random.nextInt(8) : 0)
				.update();
		}
	}

	/** Counts per commune for 2003–2022: fewer areas holding the day in the early years. */
	private void history(AdminUnit province, Random random) {
		for (AdminUnit commune : units.subtree(province)) {
			if (commune.level() != UnitLevel.COMMUNE) {
				continue;
			}
			int areas = jdbc.sql("select count(*) from residential_area where commune_id = :c").param("c", commune.id()).query(Integer.class).single();
			for (int year = 2003; year <= 2022; year++) {
				int share = Math.min(100, 55 + (year - 2003) * 2 + random.nextInt(8));
				int held = Math.min(areas, areas * share / 100);
				jdbc.sql("insert into unity_day_history (unit_id, year, areas, held, attendance, money) values (:u, :y, :a, :h, :att, :m)")
					.param("u", commune.id())
					.param("y", year)
					.param("a", areas)
					.param("h", held)
					.param("att", held * (120 + random.nextInt(80)))
					.param("m", held * (year < 2015 ? 1_000_000L : 3_000_000L))
					.update();
			}
		}
	}

	private void models(AdminUnit province, Random random) {
		Long women = jdbc.sql("select id from member_organization where code = 'HLHPN'").query(Long.class).optional().orElse(null);
		for (AdminUnit district : units.children(province)) {
			List<AdminUnit> communes = units.children(district);
			Long original = null;
			for (int i = 0; i < 4; i++) {
				String[] kind = MODELS.get(random.nextInt(MODELS.size()));
				AdminUnit commune = communes.get(random.nextInt(communes.size()));
				int year = 2019 + random.nextInt(5);
				LocalDate started = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
				Long replicates = i == 3 ? original : null;
				long id = jdbc.sql("""
						insert into community_model (unit_id, name, content_no, category, lead_org_id, started_on, participants, beneficiaries,
						    money_contributed, labour_days, results, replicates_id)
						values (:u, :n, :c, :cat, :lead, :s, :p, :b, :m, :l, :r, :rep) returning id""")
					.param("u", commune.id())
					.param("n", kind[1] + " " + commune.name().replaceFirst("^(Xã|Phường|Thị trấn) ", ""))
					.param("c", Integer.parseInt(kind[0]))
					.param("cat", kind[1])
					.param("lead", i == 1 ? women : null)
					.param("s", started)
					.param("p", 20 + random.nextInt(80))
					.param("b", 50 + random.nextInt(300))
					.param("m", 1_000_000L * (5 + random.nextInt(40)))
					.param("l", 20 + random.nextInt(200))
					.param("r", "Duy trì sinh hoạt định kỳ, được người dân hưởng ứng.")
					.param("rep", replicates)
					.query(Long.class)
					.single();
				if (original == null) {
					original = id;
				}
				status(id, replicates == null ? "NEW" : "REPLICATED", started);
				if (year < 2023) {
					status(id, "MAINTAINED", LocalDate.of(year + 1, 1, 15));
				}
				if (i == 2 && random.nextBoolean()) {
					status(id, "STOPPED", LocalDate.of(2023, 9, 30));
				}
			}
		}
	}

	private void status(long modelId, String status, LocalDate on) {
		jdbc.sql("insert into community_model_status (model_id, status, effective_on) values (:m, :s, :d)")
			.param("m", modelId)
			.param("s", status)
			.param("d", on)
			.update();
	}

	private void activities(AdminUnit province, Random random) {
		Long women = jdbc.sql("select id from member_organization where code = 'HLHPN'").query(Long.class).optional().orElse(null);
		insertActivity(province.id(), null, "TRAINING", "Hội nghị tập huấn Cuộc vận động cấp tỉnh năm 2023", LocalDate.of(2023, 3, 28),
				null, null, 120, 64, "PROVINCE", "5 nội dung Cuộc vận động, công tác phối hợp, kỹ năng triển khai", null);
		insertActivity(province.id(), null, "STUDY_TOUR", "Học tập kinh nghiệm xây dựng mô hình tại tỉnh Gia Lai", LocalDate.of(2023, 8, 17),
				null, null, 25, 9, null, null, "Tỉnh Gia Lai");
		insertActivity(province.id(), women, "PROPAGANDA", "Tuyên truyền xây dựng gia đình 5 không, 3 sạch", LocalDate.of(2023, 5, 12),
				"ORGANISATION_SESSION", 12, 640, 410, null, null, null);
		for (AdminUnit district : units.children(province)) {
			insertActivity(district.id(), null, "PROPAGANDA", "Tuyên truyền Cuộc vận động tại các khu dân cư", LocalDate.of(2023, 4, 1 + random.nextInt(28)),
					random.nextBoolean() ? "PEOPLES_CONFERENCE" : "LOUDSPEAKER", 4 + random.nextInt(20), 200 + random.nextInt(900),
					100 + random.nextInt(100), null, null, null);
			insertActivity(district.id(), null, "TRAINING", "Tập huấn Cuộc vận động cho cán bộ Mặt trận cơ sở",
					LocalDate.of(2023, 4 + random.nextInt(3), 1 + random.nextInt(28)), null, null, 60 + random.nextInt(60), 30, "DISTRICT",
					"5 nội dung Cuộc vận động, kỹ năng vận động quần chúng", null);
		}
	}

	private void insertActivity(long unitId, Long orgId, String kind, String title, LocalDate on, String channel, Integer sessions,
			int participants, int minority, String level, String contents, String destination) {
		jdbc.sql("""
				insert into activity (unit_id, member_org_id, kind, title, held_on, channel, language, sessions, participants,
				    minority_participants, level, contents, destination, inside_province, theme, created_by)
				values (:u, :o, :k, :t, :d, :ch, :lang, :s, :p, :m, :lvl, :c, :dest, :inside, null, 'system')""")
			.param("u", unitId)
			.param("o", orgId)
			.param("k", kind)
			.param("t", title)
			.param("d", on)
			.param("ch", channel)
			.param("lang", channel == null ? null : "Tiếng Việt, Xơ Đăng")
			.param("s", sessions)
			.param("p", participants)
			.param("m", Math.min(minority, participants))
			.param("lvl", level)
			.param("c", contents)
			.param("dest", destination)
			.param("inside", destination == null ? null : Boolean.FALSE)
			.update();
	}

}
