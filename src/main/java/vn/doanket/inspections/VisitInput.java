package vn.doanket.inspections;

import java.time.LocalDate;
import java.util.List;

/** The record of one visit: the unit visited, the date, the documents reviewed and a finding per topic. */
public record VisitInput(Long unitId, LocalDate visitedOn, String documentsReviewed, List<FindingInput> findings) {

	/** The finding on one of the inspection's topics. */
	public record FindingInput(String topic, String finding) {
	}

}
