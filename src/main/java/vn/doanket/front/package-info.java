/**
 * Front structures: the Front committee of each unit and its Standing Committee, member organisations, residential
 * areas (created by communes) with their Front work committees, and emulation clusters. Public API:
 * {@link vn.doanket.front.ResidentialAreas}, {@link vn.doanket.front.FrontCommittees}.
 */
package vn.doanket.front;
