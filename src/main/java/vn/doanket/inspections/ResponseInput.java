package vn.doanket.inspections;

/**
 * The owner's response: what was done and whether the owner considers it done (which asks the inspecting side to
 * close it).
 */
public record ResponseInput(String response, Boolean done) {
}
