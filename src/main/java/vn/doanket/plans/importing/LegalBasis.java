package vn.doanket.plans.importing;

import java.time.LocalDate;

/**
 * A "Thực hiện…" or "Căn cứ…" paragraph: the higher document the plan is based on. {@code text} is the paragraph as
 * written; the other fields are best-effort and {@code null} when not found ({@code documentKind} e.g. "Kế hoạch",
 * {@code title} the subject after "về việc").
 */
public record LegalBasis(String text, String documentKind, String documentNumber, LocalDate date, String issuer,
		String title) {
}
