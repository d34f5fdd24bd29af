package vn.doanket.activities;

/** A kind of festival the Front records (configurable list; Great Unity Day is {@code UNITY_DAY}). */
public record FestivalType(long id, String code, String name, String usualTime, boolean active) {
}
