package vn.doanket.accounts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doanket.shared.DemoMode;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/**
 * On an empty account table: the demo accounts (demo mode), or a first administrator whose password comes from
 * {@code doanket.accounts.admin-password}.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	/** username, full name, role, scope unit code (2023 catalog), member organisation code. */
	record DemoAccount(String username, String fullName, Role role, String unitCode, String memberOrgCode) {
	}

	static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
			new DemoAccount("admin", "Quản trị hệ thống", Role.ADMIN, null, null),
			new DemoAccount("tinh.kontum", "Ban Thường trực Ủy ban MTTQ tỉnh Kon Tum", Role.STANDING_OFFICER, "62", null),
			new DemoAccount("huyen.dakglei", "Ban Thường trực Ủy ban MTTQ huyện Đắk Glei", Role.STANDING_OFFICER, "610", null),
			new DemoAccount("xa.dakpek", "Ban Thường trực Ủy ban MTTQ xã Đắk Pék", Role.STANDING_OFFICER, "23353", null),
			new DemoAccount("phunu.kontum", "Hội Liên hiệp Phụ nữ tỉnh Kon Tum", Role.MEMBER_ORG_OFFICER, "62", "HLHPN"),
			new DemoAccount("ketoan.kontum", "Kế toán Quỹ Vì người nghèo tỉnh Kon Tum", Role.FUND_ACCOUNTANT, "62", null));

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Units units;

	private final DemoMode demo;

	private final AccountSettings settings;

	private final JdbcClient jdbc;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder encoder, Units units, DemoMode demo, AccountSettings settings,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.units = units;
		this.demo = demo;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (demo.enabled()) {
			String hash = encoder.encode(demo.password());
			for (DemoAccount account : DEMO_ACCOUNTS) {
				Long unitId = account.unitCode() == null ? null
						: units.byCode(account.unitCode(), Units.REFORM_EVE).map(AdminUnit::id).orElseThrow();
				Long orgId = account.memberOrgCode() == null ? null
						: jdbc.sql("select id from member_organization where code = :c").param("c", account.memberOrgCode()).query(Long.class).single();
				accounts.insert(account.username(), account.fullName(), hash, account.role(), unitId, orgId);
			}
			log.info("Demo accounts created: {}", DEMO_ACCOUNTS.stream().map(DemoAccount::username).toList());
		}
		else if (settings.adminPassword() != null && !settings.adminPassword().isBlank()) {
			accounts.insert("admin", "Quản trị hệ thống", encoder.encode(settings.adminPassword()), Role.ADMIN, null, null);
			log.info("First administrator 'admin' created from doanket.accounts.admin-password");
		}
		else {
			log.warn("No user accounts exist: set doanket.accounts.admin-password to create the first administrator");
		}
	}

}
