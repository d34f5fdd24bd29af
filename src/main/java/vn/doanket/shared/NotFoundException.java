package vn.doanket.shared;

/** Something the request names does not exist (or not on the date asked). */
public class NotFoundException extends RuntimeException {

	private final String code;

	private final Object[] args;

	public NotFoundException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

}
