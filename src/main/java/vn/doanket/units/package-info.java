/**
 * National reference data: Vietnam's administrative units in their 2023 and 2025 catalogs, effective-dated, with the
 * official old-to-new mapping of 1 July 2025. Knows no campaign module. Public API: {@link vn.doanket.units.Units}.
 */
package vn.doanket.units;
