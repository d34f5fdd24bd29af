package vn.doanket.front;

import java.util.List;

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
 * Demo Front structures for Kon Tum (2023): committees of the province, its 10 district-level units and 102
 * communes with the five political-social organisations, a Standing Committee for the province, residential areas for
 * a few communes and emulation clusters. The people and villages are illustrative, not real records.
 */
@Component
@Order(5)
class FrontDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FrontDemoData.class);

	record DemoArea(String communeCode, String name, AreaType type, int households, int population, boolean minority) {
	}

	static final List<DemoArea> AREAS = List.of(
			new DemoArea("23353", "Thôn Đắk Ung", AreaType.THON, 142, 598, true),
			new DemoArea("23353", "Thôn Đắk Đoát", AreaType.THON, 118, 503, true),
			new DemoArea("23353", "Thôn Đông Thượng", AreaType.THON, 205, 812, false),
			new DemoArea("23353", "Thôn 14A", AreaType.THON, 96, 377, false),
			new DemoArea("23353", "Thôn Đắk Năng", AreaType.THON, 131, 560, true),
			new DemoArea("23341", "Tổ dân phố 1", AreaType.TO_DAN_PHO, 312, 1205, false),
			new DemoArea("23341", "Tổ dân phố 2", AreaType.TO_DAN_PHO, 287, 1098, false),
			new DemoArea("23341", "Làng Đắk Xanh", AreaType.LANG, 154, 640, true),
			new DemoArea("23281", "Tổ dân phố 1", AreaType.TO_DAN_PHO, 420, 1580, false),
			new DemoArea("23281", "Tổ dân phố 2", AreaType.TO_DAN_PHO, 388, 1497, false),
			new DemoArea("23281", "Làng Plei Đôn", AreaType.LANG, 265, 1140, true));

	private final JdbcClient jdbc;

	private final Units units;

	private final FrontCommitteeRepository committees;

	private final ResidentialAreaRepository areas;

	private final DemoMode demo;

	FrontDemoData(JdbcClient jdbc, Units units, FrontCommitteeRepository committees, ResidentialAreaRepository areas,
			DemoMode demo) {
		this.jdbc = jdbc;
		this.units = units;
		this.committees = committees;
		this.areas = areas;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || jdbc.sql("select count(*) from front_committee").query(Long.class).single() > 0) {
			return;
		}
		AdminUnit kontum = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		List<Long> politicalSocial = committees.memberOrganizations(true)
			.stream()
			.filter(MemberOrganization::politicalSocial)
			.map(MemberOrganization::id)
			.toList();
		for (AdminUnit unit : units.subtree(kontum)) {
			long id = committees.insert(unit.id(), FrontCommittees.committeeName(unit));
			committees.setMemberOrgs(id, politicalSocial);
			if (unit.level() == UnitLevel.PROVINCE) {
				committees.updateContact(id, "Số 190 Bà Triệu, phường Quyết Thắng, thành phố Kon Tum", "0260 3862 350", null);
				committees.addMember(id, new PersonInput("Nguyễn Văn Thành", "Chủ tịch", null), 1);
				committees.addMember(id, new PersonInput("Trần Thị Hạnh", "Phó Chủ tịch", null), 2);
				committees.addMember(id, new PersonInput("A Minh", "Phó Chủ tịch", null), 3);
			}
		}
		for (DemoArea area : AREAS) {
			AdminUnit commune = units.byCode(area.communeCode(), Units.REFORM_EVE).orElseThrow();
			areas.insert(commune.id(), area.name(), area.type(), area.households(), area.population(), area.minority());
		}
		generateAreas(kontum);
		long highlands = cluster("Cụm thi đua các tỉnh Tây Nguyên", null, List.of("62", "64", "66", "67", "68"));
		long north = cluster("Cụm thi đua số 1 (các huyện phía Bắc)", kontum.id(), List.of("610", "611", "612", "617"));
		long south = cluster("Cụm thi đua số 2 (thành phố và các huyện phía Nam)", kontum.id(),
				List.of("608", "613", "614", "615", "616", "618"));
		log.info("Demo Front structures created for Kon Tum (clusters {}, {}, {})", highlands, north, south);
	}

	/**
	 * Numbered villages (thôn) or urban groups (tổ dân phố) for every other commune, 5 to 9 each with plausible
	 * household counts, so that coverage and summaries have something to count (about 700 areas, as Kon Tum has).
	 */
	private void generateAreas(AdminUnit province) {
		java.util.Set<String> seeded = new java.util.HashSet<>();
		AREAS.forEach(a -> seeded.add(a.communeCode()));
		java.util.Random random = new java.util.Random(2023);
		for (AdminUnit commune : units.subtree(province)) {
			if (commune.level() != UnitLevel.COMMUNE || seeded.contains(commune.code())) {
				continue;
			}
			boolean urban = !commune.type().equals("xã");
			int count = 5 + random.nextInt(5);
			for (int i = 1; i <= count; i++) {
				int households = 80 + random.nextInt(220);
				areas.insert(commune.id(), (urban ? "Tổ dân phố " : "Thôn ") + i, urban ? AreaType.TO_DAN_PHO : AreaType.THON, households,
						households * (3 + random.nextInt(2)) + random.nextInt(households), !urban && random.nextInt(4) > 0);
			}
		}
	}

	private long cluster(String name, Long ownerUnitId, List<String> codes) {
		long id = jdbc.sql("insert into emulation_cluster (name, owner_unit_id) values (:n, :o) returning id")
			.param("n", name)
			.param("o", ownerUnitId)
			.query(Long.class)
			.single();
		for (String code : codes) {
			long unitId = units.byCode(code, Units.REFORM_EVE).orElseThrow().id();
			jdbc.sql("insert into emulation_cluster_member (cluster_id, unit_id) values (:c, :u)").param("c", id).param("u", unitId).update();
		}
		return id;
	}

}
