package vn.doanket;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DoanKetApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void referenceDataKnowsNoCampaignModule() {
		var units = modules.getModuleByName("units").orElseThrow();
		assertThat(units.getBootstrapDependencies(modules).map(m -> m.getName()).toList()).doesNotContain("accounts", "front",
				"audit", "portal");
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
