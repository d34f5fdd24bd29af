package vn.doanket.activities;

/** A model that spread: how many replicas and in which units. */
public record ReplicationRow(long modelId, String name, int replicas, String places) {
}
