package vn.doanket.accounts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.doanket.support.IntegrationTest;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

import static org.assertj.core.api.Assertions.assertThat;

/** Scope is judged at the date of the data: through the subtree at that date, or through the unit's successors. */
@IntegrationTest
class AccessPolicyIntegrationTests {

	static final LocalDate Y2023 = LocalDate.of(2023, 6, 30);

	static final LocalDate Y2025 = LocalDate.of(2025, 7, 1);

	@Autowired
	AccessPolicy access;

	@Autowired
	Units units;

	@Test
	void aProvinceCoversItsDistrictsAndCommunesButNotAnotherProvince() {
		CurrentUser tinh = user(Role.STANDING_OFFICER, unit("62", Y2023));
		assertThat(access.inScope(tinh, unit("610", Y2023).id())).isTrue();
		assertThat(access.inScope(tinh, unit("23353", Y2023).id())).isTrue();
		assertThat(access.inScope(tinh, unit("64", Y2023).id())).isFalse();
	}

	@Test
	void aDistrictCoversOnlyItsOwnCommunes() {
		CurrentUser huyen = user(Role.STANDING_OFFICER, unit("610", Y2023));
		assertThat(access.inScope(huyen, unit("23353", Y2023).id())).isTrue();
		assertThat(access.inScope(huyen, unit("23281", Y2023).id())).isFalse();
		assertThat(access.inScope(huyen, unit("62", Y2023).id())).isFalse();
	}

	@Test
	void aNew2025ProvinceSeesTheHistoryOfTheProvincesMergedIntoIt() {
		CurrentUser quangNgai = user(Role.STANDING_OFFICER, unit("51", Y2025));
		assertThat(access.inScope(quangNgai, unit("23353", Y2023).id())).isTrue();
		assertThat(access.inScope(quangNgai, unit("610", Y2023).id())).isTrue();
		assertThat(access.inScope(quangNgai, unit("62", Y2023).id())).isTrue();
		assertThat(access.inScope(quangNgai, unit("64", Y2023).id())).isFalse();
	}

	@Test
	void aNew2025CommuneSeesTheCommunesMergedIntoItButNotTheirNeighbours() {
		AdminUnit phuongKonTum = unit("23293", Y2025);
		CurrentUser user = user(Role.STANDING_OFFICER, phuongKonTum);
		assertThat(access.inScope(user, unit("23281", Y2023).id())).as("Quang Trung merged into Kon Tum ward").isTrue();
		assertThat(access.inScope(user, unit("23353", Y2023).id())).isFalse();
	}

	@Test
	void a2023AccountKeepsWorkingOn2023DataButDoesNotReachNewUnits() {
		CurrentUser tinh = user(Role.STANDING_OFFICER, unit("62", Y2023));
		assertThat(access.inScope(tinh, unit("23353", Y2023).id())).isTrue();
		assertThat(access.inScope(tinh, unit("51", Y2025).id())).isFalse();
	}

	@Test
	void theRoleDecidesWhatMayBeDoneInsideTheScope() {
		AdminUnit commune = unit("23353", Y2023);
		assertThat(access.allows(user(Role.STANDING_OFFICER, commune), Capability.MANAGE_AREAS, commune.id())).isTrue();
		assertThat(access.allows(user(Role.VIEWER, commune), Capability.MANAGE_AREAS, commune.id())).isFalse();
		assertThat(access.allows(user(Role.VIEWER, commune), Capability.READ, commune.id())).isTrue();
		assertThat(access.allows(new CurrentUser(1, "admin", "Admin", Role.ADMIN, null, null), Capability.MANAGE_AREAS, commune.id())).isTrue();
	}

	private AdminUnit unit(String code, LocalDate at) {
		return units.byCode(code, at).orElseThrow();
	}

	private static CurrentUser user(Role role, AdminUnit scope) {
		return new CurrentUser(99, "test", "Test", role, scope.id(), null);
	}

}
