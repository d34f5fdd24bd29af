package vn.doanket.front;

/** The Front committee (Ủy ban MTTQ) of a unit. */
public record FrontCommittee(long id, long unitId, String name, String address, String phone, String email) {
}
