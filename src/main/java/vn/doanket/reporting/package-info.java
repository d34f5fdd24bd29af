/**
 * Indicator reporting. Its reporting periods follow Nghị định 09/2019/NĐ-CP: {@link vn.doanket.reporting.Period}
 * (parsed from identifiers such as {@code 2023Q1}) with its calendar range, its data cut-off window from the 15th to
 * the 14th, and its submission deadline.
 */
package vn.doanket.reporting;
