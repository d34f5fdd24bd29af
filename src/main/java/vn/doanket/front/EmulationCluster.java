package vn.doanket.front;

import java.util.List;

/** A named group of units that compete and review together (cụm thi đua). */
public record EmulationCluster(long id, String name, Long ownerUnitId, String description, List<Member> members) {

	/** A unit in the cluster. */
	public record Member(long unitId, String code, String name) {
	}

}
