package vn.doanket.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.accounts.AccessPolicy;
import vn.doanket.accounts.Capability;
import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/**
 * Page: the ballot templates and a form to create one. Fields are named {@code q0.text}, {@code q0.o1.label},
 * {@code q0.o1.satisfied}, and {@code measures} holds the number of the question that measures satisfaction.
 */
@Controller
class SurveyTemplatePagesController {

	static final int QUESTIONS = 4;

	static final int OPTIONS = 4;

	private final SatisfactionSurveys surveys;

	private final Messages messages;

	private final AccessPolicy access;

	SurveyTemplatePagesController(SatisfactionSurveys surveys, Messages messages, AccessPolicy access) {
		this.surveys = surveys;
		this.messages = messages;
		this.access = access;
	}

	@GetMapping("/reviews/surveys/templates")
	String templates(Model model) {
		return show(Map.of(), model);
	}

	@PostMapping("/reviews/surveys/templates")
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		try {
			surveys.createTemplate(template(form));
			redirect.addFlashAttribute("notice", messages.get("surveyPages.templateSaved", form.getOrDefault("name", "").strip()));
			return "redirect:/reviews/surveys/templates";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formErrors", messages.describe(ex.problems()));
			return show(form, model);
		}
	}

	private String show(Map<String, String> typed, Model model) {
		model.addAttribute("templates", surveys.templates());
		model.addAttribute("typed", typed);
		model.addAttribute("canCreate", access.current().map(u -> u.role().can(Capability.MANAGE_INDICATORS)).orElse(false));
		model.addAttribute("questions", java.util.stream.IntStream.range(0, QUESTIONS).boxed().toList());
		model.addAttribute("options", java.util.stream.IntStream.range(0, OPTIONS).boxed().toList());
		return "reviews/survey-templates";
	}

	/** The typed questions in order; a question with no text and no option is left out, so are blank options. */
	private static SurveyInputs.Template template(Map<String, String> form) {
		String measures = form.getOrDefault("measures", "");
		List<SurveyInputs.QuestionInput> questions = new ArrayList<>();
		for (int q = 0; q < QUESTIONS; q++) {
			String text = form.getOrDefault("q" + q + ".text", "").strip();
			List<SurveyInputs.OptionInput> options = new ArrayList<>();
			for (int o = 0; o < OPTIONS; o++) {
				String label = form.getOrDefault("q" + q + ".o" + o + ".label", "").strip();
				if (!label.isEmpty()) {
					options.add(new SurveyInputs.OptionInput(label, form.containsKey("q" + q + ".o" + o + ".satisfied")));
				}
			}
			if (!text.isEmpty() || !options.isEmpty()) {
				questions.add(new SurveyInputs.QuestionInput(text, measures.equals(String.valueOf(q)), options));
			}
		}
		return new SurveyInputs.Template(form.get("name"), questions);
	}

}
