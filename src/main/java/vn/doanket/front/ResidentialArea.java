package vn.doanket.front;

/** A residential area (khu dân cư) of a commune. */
public record ResidentialArea(long id, long communeId, String name, AreaType type, int households, int population,
		boolean ethnicMinority) {
}
