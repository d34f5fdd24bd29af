package vn.doanket.front;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Pages for Front committees (with Standing Committee and member organisations) and emulation clusters. */
@Controller
class CommitteePagesController {

	private final Units units;

	private final FrontCommittees committees;

	private final EmulationClusters clusters;

	private final MemberOrganizationCatalog catalog;

	private final AccessPolicy access;

	private final Messages messages;

	CommitteePagesController(Units units, FrontCommittees committees, EmulationClusters clusters,
			MemberOrganizationCatalog catalog, AccessPolicy access, Messages messages) {
		this.units = units;
		this.committees = committees;
		this.clusters = clusters;
		this.catalog = catalog;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/front/committees")
	String committee(@RequestParam(required = false) Long unit, Model model) {
		CurrentUser user = access.requireUser();
		Long unitId = unit != null ? unit : user.scopeUnitId();
		if (unitId == null) {
			unitId = units.byCode("62", Units.REFORM_EVE).map(AdminUnit::id).orElseThrow();
		}
		AdminUnit selected = unit(unitId);
		model.addAttribute("unit", selected);
		model.addAttribute("ancestors", units.ancestors(selected));
		committees.of(selected).ifPresent(committee -> {
			model.addAttribute("committee", committee);
			model.addAttribute("members", committees.standingMembers(committee.id()));
			model.addAttribute("memberOrgIds", committees.memberOrgIdsOf(committee.id()));
		});
		model.addAttribute("childCommittees", committees.below(selected)
			.stream()
			.collect(java.util.stream.Collectors.toMap(FrontCommittee::unitId, c -> c)));
		model.addAttribute("childUnits", units.children(selected));
		model.addAttribute("memberOrgs", committees.memberOrganizations());
		model.addAttribute("canEdit", access.can(Capability.MANAGE_FRONT, selected.id()));
		return "front/committee";
	}

	@PostMapping("/front/committees/establish")
	String establish(@RequestParam long unit) {
		committees.establish(unit(unit));
		return "redirect:/front/committees?unit=" + unit;
	}

	@PostMapping("/front/committees/{id}/contact")
	String contact(@PathVariable long id, @RequestParam(required = false) String address,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		FrontCommittee committee = committees.get(id);
		try {
			committees.updateContact(id, address, phone, email);
			redirect.addFlashAttribute("notice", messages.get("committee.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/front/committees?unit=" + committee.unitId();
	}

	@PostMapping("/front/committees/{id}/members")
	String addMember(@PathVariable long id, PersonInput person, RedirectAttributes redirect) {
		FrontCommittee committee = committees.get(id);
		try {
			committees.addStandingMember(id, person);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/front/committees?unit=" + committee.unitId();
	}

	@PostMapping("/front/committees/{id}/members/{memberId}/delete")
	String removeMember(@PathVariable long id, @PathVariable long memberId) {
		FrontCommittee committee = committees.get(id);
		committees.removeStandingMember(memberId);
		return "redirect:/front/committees?unit=" + committee.unitId();
	}

	@PostMapping("/front/committees/{id}/member-orgs")
	String memberOrgs(@PathVariable long id, @RequestParam(name = "org", required = false) Long[] orgs,
			RedirectAttributes redirect) {
		FrontCommittee committee = committees.get(id);
		committees.setMemberOrganizations(id, orgs == null ? List.of() : Arrays.asList(orgs));
		redirect.addFlashAttribute("notice", messages.get("committee.saved"));
		return "redirect:/front/committees?unit=" + committee.unitId();
	}

	@GetMapping("/front/clusters")
	String clusters(Model model) {
		CurrentUser user = access.requireUser();
		model.addAttribute("clusters", clusters.visible());
		model.addAttribute("scopeUnit", user.scopeUnitId() == null ? null : unit(user.scopeUnitId()));
		return "front/clusters";
	}

	@PostMapping("/front/clusters")
	String createCluster(@RequestParam String name, @RequestParam(required = false) String members,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		CurrentUser user = access.requireUser();
		AdminUnit owner = user.scopeUnitId() == null ? null : unit(user.scopeUnitId());
		List<String> codes = members == null ? List.of()
				: Arrays.stream(members.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
		try {
			clusters.create(name, owner, codes, description);
			redirect.addFlashAttribute("notice", messages.get("cluster.created", name));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/front/clusters";
	}

	@GetMapping("/front/member-organizations")
	String memberOrganizations(Model model) {
		model.addAttribute("memberOrgs", catalog.all());
		return "front/member-orgs";
	}

	@PostMapping("/front/member-organizations")
	String addMemberOrganization(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String shortName, @RequestParam(defaultValue = "false") boolean politicalSocial,
			RedirectAttributes redirect) {
		try {
			catalog.add(code, name, shortName, politicalSocial);
			redirect.addFlashAttribute("notice", messages.get("memberOrgs.added", name));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/front/member-organizations";
	}

	@PostMapping("/front/member-organizations/{id}/active")
	String setMemberOrganizationActive(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active) {
		catalog.setActive(id, active);
		return "redirect:/front/member-organizations";
	}

	private AdminUnit unit(long id) {
		return units.require(id);
	}

}
