package vn.doanket.documents;

import java.time.LocalDate;

/**
 * Dates as official documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I): "ngày 08 tháng 02 năm 2021". A day
 * below 10 and the months January and February get a leading zero; the months 3 to 12 are written as they are
 * ("ngày 15 tháng 3 năm 2023"), so that nobody can turn "1" into "11" or "12".
 */
public final class VietnameseDates {

	private VietnameseDates() {
	}

	/** "ngày 08 tháng 02 năm 2021". */
	public static String format(LocalDate date) {
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		return "ngày " + (day < 10 ? "0" : "") + day + " tháng " + (month < 3 ? "0" : "") + month + " năm "
				+ date.getYear();
	}

	/** "Kon Tum, ngày 08 tháng 02 năm 2021", the line under the national motto. */
	public static String placeAndDate(String place, LocalDate date) {
		return place + ", " + format(date);
	}

}
