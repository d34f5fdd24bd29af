package vn.doanket.activities;

import java.time.LocalDate;

/** One area's record of one festival in a year ({@code held} null: not recorded yet). */
public record FestivalRecordView(long areaId, String areaName, String festival, Boolean held, LocalDate heldOn, int attendance,
		long money) {
}
