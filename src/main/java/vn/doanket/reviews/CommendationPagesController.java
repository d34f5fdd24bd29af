package vn.doanket.reviews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.front.EmulationClusters;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** The emulation and commendation page: cluster rankings of the year, decisions with their Word files, and the history search. */
@Controller
class CommendationPagesController {

	private final Units units;

	private final Emulation emulation;

	private final Commendations commendations;

	private final EmulationClusters clusters;

	private final AccessPolicy access;

	CommendationPagesController(Units units, Emulation emulation, Commendations commendations, EmulationClusters clusters,
			AccessPolicy access) {
		this.units = units;
		this.emulation = emulation;
		this.commendations = commendations;
		this.clusters = clusters;
		this.access = access;
	}

	@GetMapping("/reviews/commendations")
	String page(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "2023") int year,
			@RequestParam(required = false) String q, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		model.addAttribute("unit", selected);
		model.addAttribute("year", year);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("decisions", commendations.under(selected, year));
		model.addAttribute("history", q == null || q.isBlank() ? java.util.List.of() : commendations.history(selected, q));
		model.addAttribute("rankings", clusters.visible().stream()
			.filter(c -> c.ownerUnitId() != null && c.ownerUnitId() == selected.id())
			.map(c -> new ClusterRanking(c.id(), c.name(), emulation.ranking(c.id(), year)))
			.toList());
		return "reviews/commendations";
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

	/** A cluster's ranking for the page. */
	record ClusterRanking(long id, String name, java.util.List<Emulation.Ranked> rows) {
	}

}
