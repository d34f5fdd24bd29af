package vn.doanket.front;

import vn.doanket.shared.TextFolding;

/** Kinds of residential area (khu dân cư). */
public enum AreaType {

	THON("thôn"), LANG("làng"), BAN("bản"), BUON("buôn"), PLEI("plei"), AP("ấp"), XOM("xóm"), TO_DAN_PHO("tổ dân phố"),
	KHOI_PHO("khối phố"), KHU_PHO("khu phố");

	private final String label;

	AreaType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Accepts the code ({@code TO_DAN_PHO}) or the Vietnamese name with or without diacritics ("tổ dân phố", "to dan pho"). */
	public static AreaType parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String folded = TextFolding.fold(value).replace('_', ' ');
		for (AreaType type : values()) {
			if (type.name().replace('_', ' ').equalsIgnoreCase(folded) || TextFolding.fold(type.label).equals(folded)) {
				return type;
			}
		}
		return null;
	}

}
