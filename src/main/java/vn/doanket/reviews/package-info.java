/**
 * Review of the year: the evaluation of residential areas against the five contents (guidance 83/HD-MTTW-BTT) with
 * criteria and classes set by each province, self-assessment by the area and confirmation by the commune, and the
 * roll-up of classes by commune, district and province; people's satisfaction surveys (guidance 90/HD-MTTW-BTT) with
 * anonymous tallies per area and single anonymous ballots; emulation scoring and ranking per cluster; nominations, commendation decisions and
 * history; and the yearly review report built from the other modules' public APIs. It reads {@code front},
 * {@code activities}, {@code inspections}, {@code documents} and {@code units}; no module depends on it. Public API:
 * {@link vn.doanket.reviews.AreaEvaluations}, {@link vn.doanket.reviews.SatisfactionSurveys},
 * {@link vn.doanket.reviews.Emulation}, {@link vn.doanket.reviews.Nominations}, {@link vn.doanket.reviews.Commendations},
 * {@link vn.doanket.reviews.ReviewReports}.
 */
package vn.doanket.reviews;
