package vn.doanket.plans;

/** What kind of campaign activity a plan item is, used to group items and to match them with budget lines. */
public enum ActivityKind {

	PROPAGANDA, TRAINING, STUDY_TOUR, COMMUNITY_MODELS, UNITY_DAY, OTHER_FESTIVAL, COORDINATION, FUND, CONFERENCE,
	INSPECTION, REVIEW_COMMENDATION, OTHER

}
