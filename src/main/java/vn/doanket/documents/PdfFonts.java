package vn.doanket.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Liberation Serif 2 (SIL OFL), shipped in {@code com.github.librepdf:openpdf-fonts-extra}: metrically compatible
 * with Times New Roman and, unlike the 1.x fonts of many Linux systems, complete for Vietnamese. The files are read
 * once and kept in memory (about 1.5 MB).
 */
final class PdfFonts {

	private static final String DIRECTORY = "/liberation/";

	private static final Face[] FACES = { new Face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
			new Face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
			new Face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
			new Face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC) };

	private PdfFonts() {
	}

	/** Registers the four faces under {@link HtmlDocument#FONT_FAMILY}, embedded as subsets. */
	static void register(PdfRendererBuilder builder) {
		for (int i = 0; i < FACES.length; i++) {
			Face face = FACES[i];
			byte[] bytes = Loaded.BYTES[i];
			builder.useFont(() -> new ByteArrayInputStream(bytes), HtmlDocument.FONT_FAMILY, face.weight(), face.style(),
					true);
		}
	}

	private record Face(String file, int weight, FontStyle style) {
	}

	/** Loads the files when the first PDF is made. */
	private static final class Loaded {

		static final byte[][] BYTES = load();

		private static byte[][] load() {
			byte[][] bytes = new byte[FACES.length][];
			for (int i = 0; i < FACES.length; i++) {
				String path = DIRECTORY + FACES[i].file();
				try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
					if (in == null) {
						throw new IllegalStateException("Font " + path + " is missing: is openpdf-fonts-extra on the classpath?");
					}
					bytes[i] = in.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not read font " + path, ex);
				}
			}
			return bytes;
		}

	}

}
