package vn.doanket.activities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import vn.doanket.shared.Problem;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Pages for activities: list with search and filters, recording by kind, attachments with thumbnails. */
@Controller
class ActivityPagesController {

	private final Units units;

	private final Activities activities;

	private final AccessPolicy access;

	private final Messages messages;

	ActivityPagesController(Units units, Activities activities, AccessPolicy access, Messages messages) {
		this.units = units;
		this.activities = activities;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/activities")
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		model.addAttribute("unit", selected);
		model.addAttribute("kind", kind == null ? "" : kind);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("result", activities.under(selected, q, ActivityKind.parse(kind), Paging.page(page), Paging.DEFAULT_SIZE));
		model.addAttribute("canRecord", access.can(Capability.RECORD_ACTIVITIES, selected.id()));
		return htmx != null ? "activities/list :: results" : "activities/list";
	}

	@GetMapping("/activities/new")
	String form(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "PROPAGANDA") String kind,
			@RequestParam(required = false) Long model, Model page) {
		AdminUnit selected = unit == null ? home() : unit(unit);
		access.require(Capability.RECORD_ACTIVITIES, selected.id());
		return form(page, selected, new ActivityForm(kind, "", null, null, model, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null), Map.of());
	}

	@PostMapping("/activities/new")
	String record(@RequestParam long unit, ActivityForm form, Model page, RedirectAttributes redirect) {
		AdminUnit selected = unit(unit);
		try {
			Activity created = activities.record(selected, form.toInput());
			redirect.addFlashAttribute("notice", messages.get("activity.saved", created.title()));
			return "redirect:/activities/" + created.id();
		}
		catch (InvalidInputException ex) {
			return form(page, selected, form, messages.byField(ex.problems()));
		}
	}

	@GetMapping("/activities/{id}")
	String view(@PathVariable long id, Model model) {
		Activity activity = activities.get(id);
		model.addAttribute("activity", activity);
		model.addAttribute("canRecord", access.can(Capability.RECORD_ACTIVITIES, activity.unitId()));
		return "activities/view";
	}

	@PostMapping("/activities/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			activities.attach(id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("notice", messages.get("activity.attached", file.getOriginalFilename()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/activities/" + id;
	}

	@GetMapping("/activities/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @RequestParam(defaultValue = "false") boolean thumbnail) {
		Activities.AttachmentContent content = activities.content(id, thumbnail);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(content.contentType().startsWith("image/") ? ContentDisposition.inline() : ContentDisposition.attachment())
						.filename(content.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(content.contentType()))
			.body(content.bytes());
	}

	private String form(Model model, AdminUnit unit, ActivityForm form, Map<String, String> errors) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("channels", ActivityInput.CHANNELS);
		model.addAttribute("levels", ActivityInput.LEVELS);
		return "activities/form";
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.require(id);
	}

	/** The form as posted; numbers stay text so that a wrong one comes back with a message instead of a binding error. */
	record ActivityForm(String kind, String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, Long planItemId,
			Long communityModelId, String channel, String language, String sessions, String participants,
			String minorityParticipants, String audience, String level, String contents, String trainers, String destination,
			Boolean insideProvince, String lessons, String theme, String notes) {

		ActivityInput toInput() {
			List<Problem> problems = new java.util.ArrayList<>();
			Integer s = number(sessions, "sessions", problems);
			Integer p = number(participants, "participants", problems);
			Integer m = number(minorityParticipants, "minorityParticipants", problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new ActivityInput(kind, title, heldOn, planItemId, communityModelId, blank(channel), language, s, p, m, audience,
					blank(level), contents, trainers, destination, insideProvince, lessons, theme, notes);
		}

		private static String blank(String value) {
			return value == null || value.isBlank() ? null : value;
		}

		private static Integer number(String text, String field, List<Problem> problems) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(text.trim().replace(".", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.field(field, "error.notWholeNumber", text));
				return null;
			}
		}

	}

}
