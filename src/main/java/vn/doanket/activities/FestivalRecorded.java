package vn.doanket.activities;

/** A festival (Great Unity Day or another) was recorded for a residential area and year. */
public record FestivalRecorded(long recordId, long areaId, long communeId, String festival, int year, boolean held, int attendance) {
}
