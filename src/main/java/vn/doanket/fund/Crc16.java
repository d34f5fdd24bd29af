package vn.doanket.fund;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR), the checksum that ends
 * every EMVCo QR payload in field 63.
 */
final class Crc16 {

	private Crc16() {
	}

	static int of(String text) {
		int crc = 0xFFFF;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			crc ^= (b & 0xFF) << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
				crc &= 0xFFFF;
			}
		}
		return crc;
	}

	/** Four upper-case hexadecimal digits. */
	static String hex(String text) {
		return String.format(Locale.ROOT, "%04X", of(text));
	}

	/** Whether a payload ends in {@code 6304} and the CRC of everything up to and including it. */
	static boolean matches(String payload) {
		if (payload == null || payload.length() < 8) {
			return false;
		}
		int split = payload.length() - 4;
		return payload.startsWith("6304", split - 4) && payload.substring(split).equals(hex(payload.substring(0, split)));
	}

}
