package vn.doanket.inspections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.Messages;

/**
 * Page forms of an inspection's detail: visits, recommendations (and their correction), the owner's response, the
 * closing and reopening.
 */
@Controller
class FollowUpPagesController {

	private final Inspections inspections;

	private final RecommendationFollowUp followUp;

	private final Messages messages;

	private final InspectionEditing editing;

	FollowUpPagesController(Inspections inspections, RecommendationFollowUp followUp, Messages messages, InspectionEditing editing) {
		this.inspections = inspections;
		this.followUp = followUp;
		this.messages = messages;
		this.editing = editing;
	}

	@PostMapping("/inspections/{id}/visits")
	String visit(@PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(required = false) String documentsReviewed, @RequestParam(required = false) List<String> topic,
			@RequestParam(required = false) List<String> finding, RedirectAttributes redirect) {
		List<VisitInput.FindingInput> findings = new ArrayList<>();
		for (int i = 0; topic != null && finding != null && i < Math.min(topic.size(), finding.size()); i++) {
			findings.add(new VisitInput.FindingInput(topic.get(i), finding.get(i)));
		}
		return run(id, redirect, "inspection.visitSaved", () -> inspections.recordVisit(id, new VisitInput(unitId, visitedOn, documentsReviewed, findings)));
	}

	@PostMapping("/inspections/{id}/recommendations")
	String recommend(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) Long ownerUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, RedirectAttributes redirect) {
		return run(id, redirect, "inspection.recommendationSaved", () -> inspections.recommend(id, new RecommendationInput(text, ownerUnitId, deadline)));
	}

	@PostMapping("/inspections/recommendations/{id}/edit")
	String editRecommendation(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) Long ownerUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, RedirectAttributes redirect) {
		Recommendation recommendation = followUp.get(id);
		return run(recommendation.inspectionId(), redirect, "inspection.recommendationUpdated",
				() -> editing.updateRecommendation(id, new RecommendationInput(text, ownerUnitId, deadline)));
	}

	@PostMapping("/inspections/recommendations/{id}/delete")
	String deleteRecommendation(@PathVariable long id, RedirectAttributes redirect) {
		Recommendation recommendation = followUp.get(id);
		return run(recommendation.inspectionId(), redirect, "inspection.recommendationDeleted", () -> editing.deleteRecommendation(id));
	}

	@PostMapping("/inspections/recommendations/{id}/respond")
	String respond(@PathVariable long id, @RequestParam(required = false) String response,
			@RequestParam(defaultValue = "false") boolean done, @RequestParam(defaultValue = "false") boolean close,
			@RequestParam(required = false) MultipartFile evidence, RedirectAttributes redirect) throws IOException {
		Recommendation recommendation = followUp.get(id);
		byte[] content = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
		String name = evidence == null ? null : evidence.getOriginalFilename();
		return run(recommendation.inspectionId(), redirect, close ? "inspection.respondedAndClosed" : "inspection.responseSaved",
				() -> followUp.respond(id, new ResponseInput(response, done, close), name, content));
	}

	@PostMapping("/inspections/recommendations/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String closingNote, RedirectAttributes redirect) {
		Recommendation recommendation = followUp.get(id);
		return run(recommendation.inspectionId(), redirect, "inspection.closed", () -> followUp.close(id, closingNote));
	}

	@PostMapping("/inspections/recommendations/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Recommendation recommendation = followUp.get(id);
		return run(recommendation.inspectionId(), redirect, "inspection.reopened", () -> followUp.reopen(id, reason));
	}

	@GetMapping("/inspections/recommendations/{id}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable long id) {
		RecommendationFollowUp.Evidence evidence = followUp.evidence(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(evidence.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(evidence.contentType()))
			.body(evidence.content());
	}

	private String run(long inspectionId, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", messages.get(notice));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("formErrors", messages.describe(ex.problems()));
		}
		return "redirect:/inspections/" + inspectionId;
	}

}
