package vn.doanket.fund;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Draws a VietQR payload as a black-on-white PNG, error correction level M, with a four-module quiet zone. */
public final class VietQrImage {

	public static final int DEFAULT_SIZE = 400;

	static final int MIN_SIZE = 120;

	static final int MAX_SIZE = 2000;

	private VietQrImage() {
	}

	public static byte[] png(VietQrPayload payload) {
		return png(payload, DEFAULT_SIZE);
	}

	/** A square PNG of {@code size} pixels (120–2000); ZXing scales the modules to whole pixels and centres them. */
	public static byte[] png(VietQrPayload payload, int size) {
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException("QR image size must be between " + MIN_SIZE + " and " + MAX_SIZE);
		}
		Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
				EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(), EncodeHintType.MARGIN, 4);
		try {
			BitMatrix matrix = new QRCodeWriter().encode(payload.text(), BarcodeFormat.QR_CODE, size, size, hints);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return png.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Cannot encode the VietQR payload", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
