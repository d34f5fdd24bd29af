package vn.doanket.units;

/** A step across the reform: {@code from} continued, wholly or partly, in {@code to}. */
public record UnitSuccession(AdminUnit from, AdminUnit to, String mergeType) {
}
