/**
 * State budget of the Front committees for the campaign (Thông tư 121/2017/TT-BTC): each province's norms per year and
 * its difficult communes as data, the norm-based minimums of a commune's Front committee and of its residential areas'
 * work committees from their households, estimates by spending line (draft, approval, adjustments with a reason),
 * spending entries (corrected by reversing entries), below-norm and over-estimate warnings, and the settlement report.
 */
package vn.doanket.budget;
