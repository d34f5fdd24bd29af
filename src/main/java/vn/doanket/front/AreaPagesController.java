package vn.doanket.front;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

import vn.doanket.shared.Paging;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** Pages for a commune's residential areas: list with search/sort/paging, create, edit, delete, import, export. */
@Controller
class AreaPagesController {

	private final Units units;

	private final ResidentialAreas areas;

	private final WorkCommittees workCommittees;

	private final AccessPolicy access;

	private final Messages messages;

	AreaPagesController(Units units, ResidentialAreas areas, WorkCommittees workCommittees, AccessPolicy access,
			Messages messages) {
		this.units = units;
		this.areas = areas;
		this.workCommittees = workCommittees;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/front/areas")
	String list(@RequestParam(required = false) Long commune, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		CurrentUser user = access.requireUser();
		AdminUnit selected = commune != null ? unit(commune) : defaultCommune(user);
		model.addAttribute("communes", communesInScope(user));
		model.addAttribute("commune", selected);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", ResidentialAreaRepository.Sort.parse(sort).name());
		model.addAttribute("types", AreaType.values());
		if (selected != null) {
			model.addAttribute("result", areas.list(selected, q, sort, Paging.page(page), Paging.DEFAULT_SIZE));
			model.addAttribute("canEdit", access.can(Capability.MANAGE_AREAS, selected.id()));
		}
		return htmx != null ? "front/areas :: results" : "front/areas";
	}

	@GetMapping("/front/areas/new")
	String createForm(@RequestParam long commune, Model model) {
		AdminUnit unit = unit(commune);
		access.require(Capability.MANAGE_AREAS, unit.id());
		return form(model, unit, null, new AreaInput("", "THON", null, null, false), Map.of());
	}

	@PostMapping("/front/areas/new")
	String create(@RequestParam long commune, AreaForm form, Model model, RedirectAttributes redirect) {
		AdminUnit unit = unit(commune);
		AreaInput input = form.toInput();
		try {
			ResidentialArea created = areas.create(unit, input);
			redirect.addFlashAttribute("notice", messages.get("area.created", created.name()));
			return "redirect:/front/areas?commune=" + unit.id();
		}
		catch (InvalidInputException ex) {
			return form(model, unit, null, input, messages.byField(ex.problems()));
		}
	}

	@GetMapping("/front/areas/{id}")
	String editForm(@PathVariable long id, Model model) {
		ResidentialArea area = areas.get(id);
		AreaInput input = new AreaInput(area.name(), area.type().name(), area.households(), area.population(), area.ethnicMinority());
		model.addAttribute("members", workCommittees.members(id));
		return form(model, unit(area.communeId()), area, input, Map.of());
	}

	@PostMapping("/front/areas/{id}")
	String update(@PathVariable long id, AreaForm form, Model model, RedirectAttributes redirect) {
		ResidentialArea area = areas.get(id);
		AreaInput input = form.toInput();
		try {
			ResidentialArea saved = areas.update(id, input);
			redirect.addFlashAttribute("notice", messages.get("area.saved", saved.name()));
			return "redirect:/front/areas?commune=" + area.communeId();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("members", workCommittees.members(id));
			return form(model, unit(area.communeId()), area, input, messages.byField(ex.problems()));
		}
	}

	@PostMapping("/front/areas/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		ResidentialArea area = areas.get(id);
		areas.delete(id);
		redirect.addFlashAttribute("notice", messages.get("area.deleted", area.name()));
		return "redirect:/front/areas?commune=" + area.communeId();
	}

	@PostMapping("/front/areas/{id}/members")
	String addMember(@PathVariable long id, PersonInput person, RedirectAttributes redirect) {
		try {
			workCommittees.add(id, person);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("memberErrors", messages.describe(ex.problems()));
		}
		return "redirect:/front/areas/" + id;
	}

	@PostMapping("/front/areas/{id}/members/{memberId}/delete")
	String removeMember(@PathVariable long id, @PathVariable long memberId) {
		workCommittees.remove(memberId);
		return "redirect:/front/areas/" + id;
	}

	@PostMapping("/front/areas/import")
	String importFile(@RequestParam long commune, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		AdminUnit unit = unit(commune);
		try {
			ResidentialAreas.ImportSummary summary = areas.importFile(unit, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("notice", messages.get("area.imported", summary.rows(), summary.created(), summary.updated()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("importErrors", messages.describe(ex.problems()));
		}
		return "redirect:/front/areas?commune=" + unit.id();
	}

	@GetMapping("/front/areas/export.csv")
	ResponseEntity<byte[]> export(@RequestParam long commune, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort) throws IOException {
		AdminUnit unit = unit(commune);
		List<ResidentialArea> rows = areas.list(unit, q, sort, 0, 100_000).items();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
			csv.printRecord(AreaFileReader.HEADERS);
			for (ResidentialArea a : rows) {
				csv.printRecord(a.name(), a.type().label(), a.households(), a.population(), a.ethnicMinority() ? "có" : "không");
			}
		}
		return vn.doanket.shared.Downloads.attachment(out.toByteArray(), "khu-dan-cu-" + unit.code() + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/front/areas/template.xlsx")
	ResponseEntity<byte[]> template() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Khu dân cư");
			Row header = sheet.createRow(0);
			for (int i = 0; i < AreaFileReader.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(AreaFileReader.HEADERS.get(i));
				sheet.setColumnWidth(i, 6000);
			}
			Row example = sheet.createRow(1);
			example.createCell(0).setCellValue("Thôn 1");
			example.createCell(1).setCellValue("thôn");
			example.createCell(2).setCellValue(120);
			example.createCell(3).setCellValue(480);
			example.createCell(4).setCellValue("có");
			workbook.write(out);
			return vn.doanket.shared.Downloads.attachment(out.toByteArray(), "mau-khu-dan-cu.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
	}

	private String form(Model model, AdminUnit commune, ResidentialArea area, AreaInput input, Map<String, String> errors) {
		model.addAttribute("commune", commune);
		model.addAttribute("area", area);
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("types", AreaType.values());
		model.addAttribute("canEdit", access.can(Capability.MANAGE_AREAS, commune.id()));
		return "front/area-form";
	}

	private List<AdminUnit> communesInScope(CurrentUser user) {
		if (user.nationalScope()) {
			return List.of();
		}
		AdminUnit scope = unit(user.scopeUnitId());
		return units.subtree(scope).stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
	}

	private AdminUnit defaultCommune(CurrentUser user) {
		if (user.nationalScope()) {
			return null;
		}
		AdminUnit scope = unit(user.scopeUnitId());
		return scope.level() == UnitLevel.COMMUNE ? scope : null;
	}

	private AdminUnit unit(long id) {
		return units.require(id);
	}

	/** The HTML form's fields, kept as text so that a wrong number comes back to the user instead of failing binding. */
	record AreaForm(String name, String type, String households, String population, String ethnicMinority) {

		AreaInput toInput() {
			return new AreaInput(name, type, number(households), number(population),
					"on".equals(ethnicMinority) || "true".equals(ethnicMinority));
		}

		private static Integer number(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(text.trim().replace(".", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				return Integer.MIN_VALUE;
			}
		}

	}

}
