package vn.doanket.fund;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/**
 * Demo funds for Kon Tum (2023): a For-the-Poor fund for the province, its 10 district-level units and a few
 * communes, the province's Vietcombank and Agribank accounts (the sample statements' layouts) with one saved mapping of
 * its own (an internet-banking export with one signed amount column), and a relief appeal.
 * Account numbers are illustrative.
 */
@Component
@Order(20)
class FundDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FundDemoData.class);

	static final List<String> COMMUNES = List.of("23353", "23341", "23281");

	static final LocalDate OPENED = LocalDate.of(2023, 1, 1);

	private final FundRepository funds;

	private final Units units;

	private final DemoMode demo;

	private final DemoLedger ledger;

	private final SavedMappingRepository mappings;

	FundDemoData(FundRepository funds, Units units, DemoMode demo, DemoLedger ledger, SavedMappingRepository mappings) {
		this.mappings = mappings;
		this.funds = funds;
		this.units = units;
		this.demo = demo;
		this.ledger = ledger;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || funds.count() > 0) {
			return;
		}
		AdminUnit province = units.byCode("62", Units.REFORM_EVE).orElseThrow();
		long provinceFund = poorFund(province);
		funds.insertAccount(provinceFund, "Vietcombank", "970436", "0011001932418", "UY BAN MTTQ VN TINH KON TUM", "vcb-2024");
		funds.insertAccount(provinceFund, "Agribank", "970405", "1500201113838", "UY BAN MTTQ VN TINH KON TUM", "agribank-2024");
		mappings.insert(provinceFund, new MappingInput("vcb-ibanking", ";", "Ngày giao dịch", "dd/MM/yyyy", null, null, null,
				null, "Số tiền", ".", "Nội dung", "Số tham chiếu", "Số dư", null), "admin");
		long dakGleiFund = 0;
		for (AdminUnit district : units.children(province)) {
			if (district.level() == UnitLevel.DISTRICT) {
				long id = poorFund(district);
				dakGleiFund = district.code().equals("610") ? id : dakGleiFund;
			}
		}
		long dakPekFund = 0;
		for (String code : COMMUNES) {
			long id = poorFund(units.byCode(code, Units.REFORM_EVE).orElseThrow());
			dakPekFund = code.equals("23353") ? id : dakPekFund;
		}
		ledger.post(provinceFund, dakGleiFund, dakPekFund);
		long appeal = funds.insert(province.id(), "APPEAL", "Ủng hộ đồng bào bị thiệt hại do bão số 3 (Yagi)",
				"Cuộc vận động ủng hộ khắc phục hậu quả bão số 3 năm 2024", LocalDate.of(2024, 9, 8));
		funds.insertAccount(appeal, "Vietcombank", "970436", "0761002468888", "UY BAN MTTQ VN TINH KON TUM", "vcb-2024");
		log.info("Demo funds created for Kon Tum");
	}

	private long poorFund(AdminUnit unit) {
		return funds.insert(unit.id(), "POOR_FUND", "Quỹ \"Vì người nghèo\" " + unit.name(), null, OPENED);
	}

}
