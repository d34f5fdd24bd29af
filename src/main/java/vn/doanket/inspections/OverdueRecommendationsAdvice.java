package vn.doanket.inspections;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.doanket.accounts.AccessPolicy;

/** Puts the signed-in user's overdue recommendations (as owner or as inspector) on the home page. */
@ControllerAdvice(basePackages = "vn.doanket.portal")
class OverdueRecommendationsAdvice {

	static final int SHOWN = 10;

	private final AccessPolicy access;

	private final RecommendationFollowUp followUp;

	OverdueRecommendationsAdvice(AccessPolicy access, RecommendationFollowUp followUp) {
		this.access = access;
		this.followUp = followUp;
	}

	@ModelAttribute("overdueRecommendations")
	List<Recommendation> overdue() {
		return access.current().map(user -> followUp.overdueFor(user, SHOWN)).orElse(List.of());
	}

}
