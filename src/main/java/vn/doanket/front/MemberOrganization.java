package vn.doanket.front;

/** An organisation that can be a member of the Front (the five political-social organisations and others). */
public record MemberOrganization(long id, String code, String name, String shortName, boolean politicalSocial, int sortOrder,
		boolean active) {
}
