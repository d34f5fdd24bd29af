package vn.doanket.activities;

import java.time.LocalDate;

/** A community model was registered or its status changed (for indicators counting models new/maintained). */
public record CommunityModelChanged(long modelId, long unitId, int contentNo, ModelStatus status, LocalDate effectiveOn) {
}
