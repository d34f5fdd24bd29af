package vn.doanket.activities;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.UnitLevel;
import vn.doanket.units.Units;

/** Great Unity Day pages: coverage by unit, the summary across years with its exports, recording per area, import. */
@Controller
class UnityDayPages {

	private final Units units;

	private final UnityDays unityDays;

	private final UnityDayExports exports;

	private final AccessPolicy access;

	private final Messages messages;

	private final Clock clock;

	UnityDayPages(Units units, UnityDays unityDays, UnityDayExports exports, AccessPolicy access, Messages messages, Clock clock) {
		this.units = units;
		this.unityDays = unityDays;
		this.exports = exports;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** The last year of a range: at least {@code from}, at most 50 years after it. */
	static int checkedTo(int from, int to) {
		if (from < UnityDays.FIRST_YEAR || to < from || to - from > 50) {
			throw InvalidInputException.of("to", "error.unityDay.range", UnityDays.FIRST_YEAR);
		}
		return to;
	}

	@GetMapping("/activities/unity-days")
	String coverage(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "2003") int from, @RequestParam(defaultValue = "2023") int to, Model model) {
		AdminUnit parent = parent(unit);
		int shown = year == null ? 2023 : year;
		model.addAttribute("parent", parent);
		model.addAttribute("year", shown);
		model.addAttribute("from", from);
		model.addAttribute("to", checkedTo(from, to));
		model.addAttribute("rows", parent.level() == UnitLevel.COMMUNE ? List.of() : unityDays.summary(parent, shown));
		model.addAttribute("years", unityDays.acrossYears(parent, from, to));
		model.addAttribute("canImport", access.can(Capability.RECORD_ACTIVITIES, parent.id()));
		return "activities/unity-days";
	}

	@GetMapping("/activities/unity-days/commune")
	String commune(@RequestParam long commune, @RequestParam(required = false) Integer year, Model model) {
		AdminUnit unit = unit(commune);
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("commune", unit);
		model.addAttribute("year", shown);
		model.addAttribute("records", unityDays.recordsOfCommune(unit, shown));
		model.addAttribute("types", unityDays.festivalTypes());
		model.addAttribute("canEdit", access.can(Capability.RECORD_ACTIVITIES, unit.id()));
		return "activities/unity-days-commune";
	}

	@PostMapping("/activities/unity-days/record")
	String record(@RequestParam long area, @RequestParam long commune, @RequestParam String festival, @RequestParam int year,
			@RequestParam(defaultValue = "false") boolean held, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String money,
			RedirectAttributes redirect) {
		try {
			FestivalInput input = new FestivalInput(held, date(heldOn), number(attendance, "attendance"), null, null, null, null,
					money == null || money.isBlank() ? null : (long) number(money, "socialMoney"), null, null);
			unityDays.record(area, festival, year, input);
			redirect.addFlashAttribute("notice", messages.get("unityDay.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/activities/unity-days/commune?commune=" + commune + "&year=" + year;
	}

	@PostMapping("/activities/unity-days/history")
	String importHistory(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long unit,
			RedirectAttributes redirect) throws IOException {
		try {
			int rows = unityDays.importHistory(UnityDayHistoryFile.read(file.getOriginalFilename(), file.getBytes(), units));
			redirect.addFlashAttribute("notice", messages.get("unityDay.imported", rows));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("importErrors", messages.describe(ex.problems()));
		}
		return "redirect:/activities/unity-days" + (unit == null ? "" : "?unit=" + unit);
	}

	@GetMapping("/activities/unity-days/summary.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam long unit, @RequestParam(defaultValue = "2003") int from,
			@RequestParam(defaultValue = "2023") int to) {
		AdminUnit parent = unit(unit);
		byte[] body = exports.xlsx(parent, from, checkedTo(from, to));
		return vn.doanket.shared.Downloads.attachment(body, "ngay-hoi-dai-doan-ket-" + parent.code() + "-" + from + "-" + to + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/activities/unity-days/summary.docx")
	ResponseEntity<byte[]> docx(@RequestParam long unit, @RequestParam(defaultValue = "2003") int from,
			@RequestParam(defaultValue = "2023") int to) {
		AdminUnit parent = unit(unit);
		byte[] body = exports.docx(parent, from, checkedTo(from, to));
		return vn.doanket.shared.Downloads.attachment(body, "tong-ket-ngay-hoi-" + parent.code() + "-" + from + "-" + to + ".docx",
				vn.doanket.documents.DocxRenderer.MEDIA_TYPE);
	}

	private AdminUnit parent(Long unitId) {
		if (unitId != null) {
			return unit(unitId);
		}
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() != null ? unit(user.scopeUnitId())
				: units.byCode("62", Units.REFORM_EVE).orElseThrow(() -> new NotFoundException("error.unit.notFound", "62"));
	}

	private AdminUnit unit(long id) {
		return units.require(id);
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidInputException.of("heldOn", "error.badValue", text);
		}
	}

	private static Integer number(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim().replace(".", "").replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(field, "error.notWholeNumber", text);
		}
	}

}
