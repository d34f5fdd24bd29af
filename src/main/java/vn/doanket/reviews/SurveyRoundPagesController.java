package vn.doanket.reviews;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.CurrentUser;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;
import vn.doanket.shared.NotFoundException;
import vn.doanket.units.AdminUnit;
import vn.doanket.units.Units;

/** Opens a survey round for a commune or district from the surveys page; problems go back to that page's form. */
@Controller
class SurveyRoundPagesController {

	private final Units units;

	private final SatisfactionSurveys surveys;

	private final AccessPolicy access;

	private final Messages messages;

	SurveyRoundPagesController(Units units, SatisfactionSurveys surveys, AccessPolicy access, Messages messages) {
		this.units = units;
		this.surveys = surveys;
		this.access = access;
		this.messages = messages;
	}

	@PostMapping("/reviews/surveys/rounds")
	String open(@RequestParam(required = false) Long unit, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		AdminUnit page = unit == null ? home() : unit(unit);
		String code = form.getOrDefault("unitCode", "").strip();
		Optional<AdminUnit> target = code.isEmpty() ? Optional.of(page) : units.resolve(code, null);
		try {
			if (target.isEmpty()) {
				throw InvalidInputException.of("unitCode", "error.unit.notFound", code);
			}
			SurveyRound created = surveys.open(target.get(), new SurveyInputs.Round(number(form.get("templateId")), form.get("title"),
					date(form.get("startsOn")), date(form.get("endsOn")), integer(form.get("minCoveragePct")),
					integer(form.get("satisfiedThresholdPct"))));
			redirect.addFlashAttribute("notice", messages.get("surveyPages.roundOpened", created.title()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/reviews/surveys?unit=" + page.id();
	}

	private static Long number(String value) {
		return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
	}

	private static Integer integer(String value) {
		return value != null && value.strip().matches("-?\\d{1,9}") ? Integer.valueOf(value.strip()) : null;
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private AdminUnit home() {
		CurrentUser user = access.requireUser();
		return user.scopeUnitId() == null ? units.byCode("62", Units.REFORM_EVE).orElseThrow() : unit(user.scopeUnitId());
	}

	private AdminUnit unit(long id) {
		return units.byId(id).orElseThrow(() -> new NotFoundException("error.unit.notFoundId", id));
	}

}
