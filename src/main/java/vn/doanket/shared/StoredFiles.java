package vn.doanket.shared;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Uploaded evidence (photos, minutes): the type is judged by the content, not the name; the file is stored once under
 * {@code doanket.files.dir} (default {@code ./data/files}; blank: a temporary directory) by its SHA-256, without any
 * execute permission; images get a small PNG thumbnail.
 */
@Component
public class StoredFiles {

	/** What can be stored, recognised by the first bytes. */
	public enum Kind {

		PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		private final String contentType;

		Kind(String contentType) {
			this.contentType = contentType;
		}

		public String contentType() {
			return contentType;
		}

		public boolean image() {
			return this == JPEG || this == PNG;
		}

	}

	/** A stored file. */
	public record StoredFile(String sha256, Kind kind, long size) {
	}

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final int THUMBNAIL_WIDTH = 320;

	private final Path root;

	StoredFiles(Environment environment) throws IOException {
		String dir = environment.getProperty("doanket.files.dir", "./data/files");
		this.root = dir.isBlank() ? Files.createTempDirectory("doanket-files") : Files.createDirectories(Path.of(dir));
	}

	/** Stores the content if its kind is one of {@code allowed}; otherwise refuses with a message on {@code field}. */
	public StoredFile store(byte[] content, Set<Kind> allowed, String field) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of(field, "error.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInputException.of(field, "error.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		Kind kind = recognise(content).filter(allowed::contains)
			.orElseThrow(() -> InvalidInputException.of(field, "error.file.kind", allowed.toString()));
		String sha = sha256(content);
		try {
			Path target = path(sha);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
				Files.write(temp, content);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			if (kind.image()) {
				writeThumbnail(content, thumbnailPath(sha), field);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new StoredFile(sha, kind, content.length);
	}

	public byte[] read(String sha256) {
		return readPath(path(sha256));
	}

	public Optional<byte[]> thumbnail(String sha256) {
		Path thumb = thumbnailPath(sha256);
		return Files.exists(thumb) ? Optional.of(readPath(thumb)) : Optional.empty();
	}

	static Optional<Kind> recognise(byte[] c) {
		if (starts(c, 0x25, 0x50, 0x44, 0x46)) {
			return Optional.of(Kind.PDF);
		}
		if (starts(c, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(Kind.JPEG);
		}
		if (starts(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(Kind.PNG);
		}
		if (starts(c, 0x50, 0x4B, 0x03, 0x04) && isWordDocument(c)) {
			return Optional.of(Kind.DOCX);
		}
		return Optional.empty();
	}

	private static boolean isWordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean starts(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static void writeThumbnail(byte[] content, Path target, String field) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
		if (image == null) {
			throw InvalidInputException.of(field, "error.file.kind", "JPEG, PNG");
		}
		if (Files.exists(target)) {
			return;
		}
		int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
		int height = Math.max(1, image.getHeight() * width / image.getWidth());
		BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = thumb.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		ImageIO.write(thumb, "png", target.toFile());
	}

	private Path path(String sha) {
		if (!sha.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha);
		}
		return root.resolve(sha.substring(0, 2)).resolve(sha);
	}

	private Path thumbnailPath(String sha) {
		return path(sha).resolveSibling(sha + ".thumb.png");
	}

	private static byte[] readPath(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new NotFoundException("error.file.missing");
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
