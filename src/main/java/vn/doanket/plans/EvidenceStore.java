package vn.doanket.plans;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.doanket.shared.InvalidInputException;

/**
 * Evidence files on disk under {@code doanket.files.dir} (default {@code ./data/files}; when the property is blank, a
 * unique folder under the system's temporary directory chosen at start-up). Only PDF, JPEG, PNG and Word (.docx) are
 * accepted, recognised by their content, not only their name; at most 20 MB. Files are stored under a random name
 * without extension, readable and writable by the application only, never executable; their SHA-256 is kept.
 */
@Component
class EvidenceStore {

	static final int MAX_MEGABYTES = 20;

	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	private final Path root;

	EvidenceStore(@Value("${doanket.files.dir:./data/files}") String dir) {
		this.root = dir == null || dir.isBlank()
				? Path.of(System.getProperty("java.io.tmpdir"), "doanket-files-" + UUID.randomUUID())
				: Path.of(dir);
	}

	/** A file checked and written; {@code storedName} is its name under the root. */
	record Stored(String filename, String mediaType, long size, String sha256, String storedName) {
	}

	Stored store(String filename, byte[] content, int row) {
		String name = filename == null ? "" : Path.of(filename.replace('\\', '/')).getFileName() == null ? ""
				: Path.of(filename.replace('\\', '/')).getFileName().toString();
		if (content == null || content.length == 0) {
			throw new InvalidInputException(java.util.List.of(vn.doanket.shared.Problem.cell(row, "evidence", "error.file.empty")));
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(java.util.List.of(vn.doanket.shared.Problem.cell(row, "evidence", "error.evidence.tooLarge", MAX_MEGABYTES)));
		}
		String type = mediaType(name, content);
		if (type == null) {
			throw new InvalidInputException(java.util.List.of(vn.doanket.shared.Problem.cell(row, "evidence", "error.evidence.type", name)));
		}
		String sha = sha256(content);
		String stored = sha.substring(0, 2) + "/" + UUID.randomUUID();
		try {
			Path target = root.resolve(stored);
			Files.createDirectories(target.getParent());
			Files.write(target, content);
			try {
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				target.toFile().setExecutable(false, false);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an evidence file", ex);
		}
		return new Stored(name.isBlank() ? "tep" : name, type, content.length, sha, stored);
	}

	byte[] read(String storedName) {
		Path file = root.resolve(storedName).normalize();
		if (!file.startsWith(root.normalize())) {
			throw new IllegalArgumentException("outside the store: " + storedName);
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an evidence file", ex);
		}
	}

	/** The media type the content really is, when it matches an accepted extension; otherwise {@code null}. */
	static String mediaType(String filename, byte[] c) {
		String name = filename.toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf") && starts(c, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		if ((name.endsWith(".jpg") || name.endsWith(".jpeg")) && starts(c, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (name.endsWith(".png") && starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (name.endsWith(".docx") && starts(c, 'P', 'K', 3, 4) && isWord(c)) {
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		}
		return null;
	}

	private static boolean starts(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWord(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
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

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
