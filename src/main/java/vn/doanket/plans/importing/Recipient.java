package vn.doanket.plans.importing;

/**
 * One line after "Nơi nhận:": {@code text} as written (without the bullet), {@code name} without the purpose and the
 * final punctuation, and the purpose: to report to (B/c), to implement (T/h), to coordinate (P/h), archive (Lưu).
 */
public record Recipient(String text, String name, Purpose purpose) {

	public enum Purpose {

		B_C, T_H, P_H, LUU, NONE

	}

}
