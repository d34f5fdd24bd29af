/**
 * Inspection and supervision of lower levels: inspection plans with their team, target units and topics, records of
 * each visit with findings per topic, recommendations with an owner unit and a deadline, and their follow-up (the
 * owner responds with evidence and closes, the inspecting side may close or reopen; every change is kept in the
 * recommendation's history). Minutes and the inspection report export in the Decree
 * 30 layout. Public API: {@link vn.doanket.inspections.Inspections} and
 * {@link vn.doanket.inspections.RecommendationFollowUp}.
 */
package vn.doanket.inspections;
