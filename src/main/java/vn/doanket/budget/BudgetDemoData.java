package vn.doanket.budget;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * Demo budget of Kon Tum for 2023: the province's approved estimate (its study tours overspent), Đắk Glei district's,
 * a draft of Thành phố Kon Tum, and three communes — Xã Đắk Pék (a difficult commune) with its area support below the
 * norm, Thị trấn Đắk Glei at or above the norms, and a draft of commune 23281. Amounts are illustrative.
 */
@Component
@Order(25)
class BudgetDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);

	static final int YEAR = 2023;

	private static final LocalDate AT = LocalDate.of(YEAR, 1, 1);

	private final EstimateRepository estimates;

	private final Units units;

	private final DemoMode demo;

	BudgetDemoData(EstimateRepository estimates, Units units, DemoMode demo) {
		this.estimates = estimates;
		this.units = units;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || estimates.latestYear().isPresent()) {
			return;
		}
		long province = estimate("62", "tinh.kontum", amounts(180, 120, 150, 80, 100, 90, 0, 0, 0, 30));
		spend(province, BudgetLine.PROPAGANDA, "2023-03-20", 42_500_000, "C23-012", "In tài liệu, pano tuyên truyền Cuộc vận động");
		spend(province, BudgetLine.PROPAGANDA, "2023-09-05", 61_000_000, "C23-087", "Phóng sự truyền hình về khu dân cư kiểu mẫu");
		spend(province, BudgetLine.TRAINING, "2023-05-16", 74_300_000, "C23-041", "Tập huấn cán bộ Mặt trận cơ sở (2 lớp)");
		spend(province, BudgetLine.STUDY_TOURS, "2023-06-12", 96_000_000, "C23-052", "Học tập kinh nghiệm tại Thừa Thiên Huế");
		spend(province, BudgetLine.STUDY_TOURS, "2023-10-24", 66_500_000, "C23-101", "Học tập kinh nghiệm tại Lâm Đồng");
		spend(province, BudgetLine.INSPECTION, "2023-08-08", 38_000_000, "C23-070", "Giám sát thực hiện tiêu chí nông thôn mới");
		spend(province, BudgetLine.REVIEW_CONFERENCES, "2023-12-15", 85_000_000, "C23-130", "Hội nghị tổng kết Cuộc vận động năm 2023");
		spend(province, BudgetLine.COMMENDATION, "2023-12-15", 67_000_000, "C23-131", "Khen thưởng tập thể, cá nhân tiêu biểu");
		long district = estimate("610", "huyen.dakglei", amounts(40, 30, 35, 20, 25, 20, 0, 0, 0, 10));
		spend(district, BudgetLine.PROPAGANDA, "2023-04-03", 12_000_000, "DG23-008", "Tuyên truyền lưu động tại các xã");
		spend(district, BudgetLine.TRAINING, "2023-07-19", 18_500_000, "DG23-033", "Tập huấn Ban công tác Mặt trận khu dân cư");
		estimate("608", null, amounts(60, 40, 45, 25, 30, 25, 0, 0, 0, 10));
		long dakPek = estimate("23353", "huyen.dakglei", amounts(5, 3, 0, 2, 3, 2, 25, 25, 25, 2));
		spend(dakPek, BudgetLine.AREA_SUPPORT, "2023-06-30", 12_500_000, "DP23-015", "Hỗ trợ Ban công tác Mặt trận 5 thôn (6 tháng đầu năm)");
		spend(dakPek, BudgetLine.UNITY_DAY, "2023-11-18", 25_000_000, "DP23-040", "Ngày hội Đại đoàn kết ở 5 thôn");
		long town = estimate("23341", "huyen.dakglei", amounts(6, 4, 0, 2, 3, 3, 30, 18, 15, 2));
		spend(town, BudgetLine.COMMUNE_SUPPORT, "2023-03-10", 14_000_000, "TT23-006", "Hoạt động Ủy ban MTTQ thị trấn quý I");
		spend(town, BudgetLine.UNITY_DAY, "2023-11-17", 15_000_000, "TT23-031", "Ngày hội Đại đoàn kết ở 3 khu dân cư");
		estimate("23281", null, amounts(8, 5, 0, 3, 4, 3, 25, 20, 15, 2));
		log.info("Demo budget estimates created for Kon Tum {}", YEAR);
	}

	/** Amounts in millions of đồng, in the order of {@link BudgetLine}. */
	private static Map<BudgetLine, Long> amounts(long... millions) {
		Map<BudgetLine, Long> map = new EnumMap<>(BudgetLine.class);
		for (BudgetLine line : BudgetLine.values()) {
			map.put(line, millions[line.ordinal()] * 1_000_000);
		}
		return map;
	}

	private long estimate(String code, String approver, Map<BudgetLine, Long> amounts) {
		AdminUnit unit = units.byCode(code, AT).orElseThrow();
		long id = estimates.insert(unit.id(), YEAR, "ketoan.kontum", amounts);
		if (approver != null) {
			estimates.approve(id, approver);
		}
		return id;
	}

	private void spend(long estimateId, BudgetLine line, String date, long amount, String voucher, String description) {
		estimates.insertSpending(estimateId, new SpendingInput(line.name(), LocalDate.parse(date), amount, voucher, description), line,
				"ketoan.kontum");
	}

}
