package vn.doanket.activities;

import java.time.LocalDate;
import java.util.List;

/**
 * A community model (mô hình) of a unit: which of the five campaign contents it serves, its category (e.g. a
 * self-governing security group, a flower road), where it runs, who leads it, what it mobilised and where it stands.
 */
public record CommunityModel(long id, long unitId, String unitCode, String unitName, String name, int contentNo, String category,
		Long leadOrgId, LocalDate startedOn, int participants, int beneficiaries, long moneyContributed, int labourDays,
		String results, Long replicatesId, ModelStatus status, List<Long> areaIds) {
}
