/**
 * Review of the year: the evaluation of residential areas against the five contents (guidance 83/HD-MTTW-BTT) with
 * criteria and classes set by each province, self-assessment by the area and confirmation by the commune, and the
 * roll-up of classes by commune, district and province. Reads {@code front} (residential areas) and {@code units};
 * no other module depends on it. Public API: {@link vn.doanket.reviews.AreaEvaluations}.
 */
package vn.doanket.reviews;
