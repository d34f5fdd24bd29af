package vn.doanket.front;

/** A member of a committee's Standing Committee (Ban Thường trực) or of a residential area's Front work committee. */
public record StandingMember(long id, long ownerId, String fullName, String position, String phone, int sortOrder) {
}
