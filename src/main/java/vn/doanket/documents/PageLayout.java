package vn.doanket.documents;

/** The A4 page of Nghị định 30/2020/NĐ-CP as used here: margins top and bottom 20 mm, left 30 mm, right 15 mm. */
final class PageLayout {

	static final int WIDTH_MM = 210;

	static final int HEIGHT_MM = 297;

	static final int TOP_MM = 20;

	static final int BOTTOM_MM = 20;

	static final int LEFT_MM = 30;

	static final int RIGHT_MM = 15;

	static final int WIDTH_TWIPS = 11906;

	static final int HEIGHT_TWIPS = 16838;

	static final int TOP_TWIPS = 1134;

	static final int BOTTOM_TWIPS = 1134;

	static final int LEFT_TWIPS = 1701;

	static final int RIGHT_TWIPS = 850;

	/** Width of the letterhead's left column (70 mm); the right one takes the rest of the 165 mm line. */
	static final int LETTERHEAD_LEFT_MM = 70;

	private PageLayout() {
	}

}
