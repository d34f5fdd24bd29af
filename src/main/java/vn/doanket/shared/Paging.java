package vn.doanket.shared;

/** Bounds for page requests coming from users: a negative page is the first, sizes are kept between 1 and 500. */
public final class Paging {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	private Paging() {
	}

	public static int page(Integer page) {
		return page == null || page < 0 ? 0 : page;
	}

	public static int size(Integer size) {
		if (size == null || size < 1) {
			return DEFAULT_SIZE;
		}
		return Math.min(size, MAX_SIZE);
	}

}
