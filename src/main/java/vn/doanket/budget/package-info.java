/**
 * State budget of the Front committees for the campaign (Thông tư 121/2017/TT-BTC). This first part computes the
 * norm-based minimum amounts — per commune Front committee and per residential-area Front work committee from its
 * households — with each province's norms as configurable data (the national minimums when a province set none).
 */
package vn.doanket.budget;
