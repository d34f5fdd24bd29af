package vn.doanket.fund;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.doanket.shared.InvalidInputException;
import vn.doanket.shared.TypedValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodLockTests {

	static final LocalDate CLOSED = LocalDate.of(2023, 12, 31);

	@Test
	void nothingIsPostedOnOrBeforeTheClosingDate() {
		assertThat(PeriodLock.isOpen(null, CLOSED)).isTrue();
		assertThat(PeriodLock.isOpen(CLOSED, CLOSED)).isFalse();
		assertThat(PeriodLock.isOpen(CLOSED, CLOSED.plusDays(1))).isTrue();
		assertThatThrownBy(() -> PeriodLock.requireOpen(CLOSED, CLOSED.minusDays(3), "date"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).code()).isEqualTo("error.fund.periodClosed"));
	}

	@Test
	void closingOnlyMovesForwardAndNeverIntoTheFuture() {
		LocalDate today = LocalDate.of(2024, 3, 1);
		PeriodLock.requireLater(CLOSED, LocalDate.of(2024, 1, 31), today);
		assertThatThrownBy(() -> PeriodLock.requireLater(CLOSED, CLOSED, today)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PeriodLock.requireLater(null, today.plusDays(1), today)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PeriodLock.requireLater(null, null, today)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aProposalIsDecidedOnceAndNeverByItsProposer() {
		Payment proposed = new Payment(1, 1, CLOSED, 100, PaymentPurpose.HEALTH, Channel.CASH, "A", PovertyStatus.POOR, "Thôn 1",
				"", PaymentStatus.PROPOSED, "ketoan.kontum", null, null);
		proposed.requireDecidableBy("tinh.kontum");
		assertThatThrownBy(() -> proposed.requireDecidableBy("ketoan.kontum")).isInstanceOf(InvalidInputException.class);
		Payment approved = new Payment(1, 1, CLOSED, 100, PaymentPurpose.HEALTH, Channel.CASH, "A", PovertyStatus.POOR, "Thôn 1",
				"", PaymentStatus.APPROVED, "ketoan.kontum", "tinh.kontum", 5L);
		assertThatThrownBy(() -> approved.requireDecidableBy("admin")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void formsAcceptVietnameseDatesAndAmounts() {
		assertThat(TypedValues.date("17/10/2023", "date")).isEqualTo(LocalDate.of(2023, 10, 17));
		assertThat(TypedValues.date("2023-10-17", "date")).isEqualTo(LocalDate.of(2023, 10, 17));
		assertThat(TypedValues.amount("1.500.000", "amount")).isEqualTo(1_500_000L);
		assertThat(TypedValues.amount("1 500 000 đ", "amount")).isEqualTo(1_500_000L);
		assertThatThrownBy(() -> TypedValues.amount("một triệu", "amount")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> TypedValues.date("31/02/2023", "date")).isInstanceOf(InvalidInputException.class);
	}

}
