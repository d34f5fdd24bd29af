package vn.doanket.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.doanket.shared.InvalidInputException;

/** Evidence files are recognised by their content, limited in size, hashed and stored without execute rights. */
class EvidenceStoreTests {

	private final EvidenceStore store = new EvidenceStore("");

	@Test
	void acceptsGenuinePdfJpegPngAndWordFiles() throws IOException {
		assertThat(EvidenceStore.mediaType("a.pdf", "%PDF-1.7\n".getBytes())).isEqualTo("application/pdf");
		assertThat(EvidenceStore.mediaType("a.JPG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo("image/jpeg");
		assertThat(EvidenceStore.mediaType("a.png", PlanCascadeIntegrationTests.PNG)).isEqualTo("image/png");
		assertThat(EvidenceStore.mediaType("a.docx", zip("word/document.xml"))).endsWith("wordprocessingml.document");
	}

	@Test
	void refusesRenamedFilesAndOtherTypes() throws IOException {
		assertThat(EvidenceStore.mediaType("a.png", "%PDF-1.7".getBytes())).isNull();
		assertThat(EvidenceStore.mediaType("a.docx", zip("xl/workbook.xml"))).isNull();
		assertThat(EvidenceStore.mediaType("a.exe", new byte[] { 'M', 'Z' })).isNull();
		assertThat(EvidenceStore.mediaType("a.pdf.exe", "%PDF-1.7".getBytes())).isNull();
		assertThatThrownBy(() -> store.store("a.pdf", new byte[0], 1)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> store.store("a.pdf", new byte[(int) EvidenceStore.MAX_BYTES + 1], 1))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems().get(0).code()).isEqualTo("error.evidence.tooLarge"));
	}

	@Test
	void storesUnderARandomNameWithItsHashAndWithoutExecuteRights() throws IOException {
		EvidenceStore.Stored stored = store.store("../../etc/anh.png", PlanCascadeIntegrationTests.PNG, 1);

		assertThat(stored.filename()).isEqualTo("anh.png");
		assertThat(stored.sha256()).hasSize(64).isEqualTo(EvidenceStore.sha256(PlanCascadeIntegrationTests.PNG));
		assertThat(stored.storedName()).doesNotContain(".png", "..");
		assertThat(store.read(stored.storedName())).isEqualTo(PlanCascadeIntegrationTests.PNG);
		Path root = Path.of(System.getProperty("java.io.tmpdir"));
		try (var files = Files.walk(root, 3)) {
			Path file = files.filter(p -> p.toString().endsWith(stored.storedName().substring(3))).findFirst().orElseThrow();
			assertThat(Files.getPosixFilePermissions(file)).doesNotContain(PosixFilePermission.OWNER_EXECUTE,
					PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
		}
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes());
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
