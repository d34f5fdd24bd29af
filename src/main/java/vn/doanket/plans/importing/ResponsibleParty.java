package vn.doanket.plans.importing;

import java.util.List;

/**
 * Who does what, from the organisation section ("IV. TỔ CHỨC THỰC HIỆN"): {@code title} as written, {@code name}
 * without the trailing colon or the "Đề nghị" courtesy, the kind of party and its tasks as written.
 */
public record ResponsibleParty(String label, String title, String name, Kind kind, List<String> tasks) {

	public enum Kind {

		/** The committee that issues the plan (its Standing Committee, its departments). */
		THIS_COMMITTEE,
		/** The Front committees of the levels below ("các huyện, thành phố", "cấp xã"). */
		LOWER_COMMITTEES,
		/** The Front's member organisations. */
		MEMBER_ORGANISATIONS,
		/** Any other named unit. */
		NAMED_UNIT

	}

}
