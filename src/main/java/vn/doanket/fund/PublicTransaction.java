package vn.doanket.fund;

import java.time.LocalDate;

/**
 * One transaction of a fund as published: the donor's name or "Ẩn danh", a masked beneficiary, a description with
 * long numbers blotted out. {@code amount} is positive for money in, negative for money out.
 */
public record PublicTransaction(long id, LocalDate date, EntryKind kind, long amount, String party, String description,
		String reference, String voucher) {
}
