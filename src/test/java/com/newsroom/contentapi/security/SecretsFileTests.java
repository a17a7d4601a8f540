package com.newsroom.contentapi.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The file that keeps a generated server secret: created owner-only, read back as is,
 * never silently replaced.
 */
class SecretsFileTests {

	@TempDir
	Path directory;

	private Path file;

	@BeforeEach
	void posixFileSystem() {
		assumeTrue(this.directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
		this.file = this.directory.resolve("data/secrets.properties");
	}

	@Test
	void aGeneratedSecretIsWrittenOwnerOnlyAndReadBackUnchanged() throws Exception {
		byte[] generated = SecretsFile.loadOrCreate(this.file);
		assertThat(generated).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.file))).isEqualTo("rw-------");
		assertThat(SecretsFile.loadOrCreate(this.file)).isEqualTo(generated);
		assertThat(Files.list(this.file.getParent())).as("no temporary file left").containsExactly(this.file);
	}

	@Test
	void anExistingFileReadableByOthersIsNarrowedToTheOwner() throws Exception {
		byte[] generated = SecretsFile.loadOrCreate(this.file);
		Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(SecretsFile.loadOrCreate(this.file)).isEqualTo(generated);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.file))).isEqualTo("rw-------");
	}

	@Test
	void aMalformedFileStopsStartUpInsteadOfBeingReplaced() throws Exception {
		Files.createDirectories(this.file.getParent());
		Files.writeString(this.file, "secret=too-short\n");
		Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
		assertThatIllegalStateException().isThrownBy(() -> SecretsFile.loadOrCreate(this.file))
			.withMessageContaining(this.file.toAbsolutePath().toString())
			.withMessageContaining("no valid 'secret' entry");
		assertThat(Files.readString(this.file)).isEqualTo("secret=too-short\n");
	}

}
