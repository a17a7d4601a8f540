package com.newsroom.contentapi.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file that keeps the server's secret when none is configured: a properties file with
 * one entry, {@code secret=<32 random bytes, base64url>}. It is created on first start
 * with owner-only permissions from the outset (POSIX {@code rw-------}; on file systems
 * without POSIX permissions the directory's own access rules apply), written to a
 * temporary file and linked into place without replacing, so that two instances starting
 * together on a shared volume end up with the same secret. An existing file with wider
 * permissions is narrowed to {@code 600}, with a warning; an unreadable or malformed one
 * stops start-up rather than being replaced, since a new secret would silently invalidate
 * every token in circulation.
 */
final class SecretsFile {

	static final String DEFAULT_NAME = "secrets.properties";

	static final int SECRET_BYTES = 32;

	private static final String KEY = "secret";

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private static final Logger logger = LoggerFactory.getLogger(SecretsFile.class);

	private SecretsFile() {
	}

	static byte[] loadOrCreate(Path file) {
		Path absolute = file.toAbsolutePath();
		try {
			if (!Files.exists(absolute)) {
				create(absolute);
			}
			return load(absolute);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the secrets file " + absolute
					+ " (contentapi.security.secrets-file); make its directory writable by the service, point the "
					+ "property elsewhere or set contentapi.security.secret", ex);
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] secret = new byte[SECRET_BYTES];
		new SecureRandom().nextBytes(secret);
		String content = "# HMAC secret of content-api's signed tokens (comment challenges, preview links).\n"
				+ "# Keep it readable by the service only. Instances that share a database must share it (copy this\n"
				+ "# file, or set contentapi.security.secret on each). Replacing it invalidates every token issued.\n"
				+ KEY + "=" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
		Path temporary = posix(file)
				? Files.createTempFile(file.getParent(), ".secrets", ".tmp",
						PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.createTempFile(file.getParent(), ".secrets", ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
				out.write(content.getBytes(StandardCharsets.US_ASCII));
			}
			publish(temporary, file);
			logger.warn("Generated the server's secret into {} (owner-only). Instances that share a database must "
					+ "share this file or set contentapi.security.secret", file);
		}
		catch (FileAlreadyExistsException ex) {
			logger.info("Another instance created {} first; using its secret", file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Puts the new file in place unless one exists: a hard link is atomic, a move the
	 * fallback where none exist.
	 */
	private static void publish(Path temporary, Path file) throws IOException {
		try {
			Files.createLink(file, temporary);
		}
		catch (FileAlreadyExistsException ex) {
			throw ex;
		}
		catch (UnsupportedOperationException | IOException ex) {
			Files.move(temporary, file);
		}
	}

	private static byte[] load(Path file) throws IOException {
		if (posix(file)) {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
			if (!OWNER_ONLY.containsAll(permissions)) {
				logger.warn("{} was readable by others ({}); narrowed to rw-------", file,
						PosixFilePermissions.toString(permissions));
				Files.setPosixFilePermissions(file, OWNER_ONLY);
			}
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}
		String value = properties.getProperty(KEY);
		byte[] secret = null;
		try {
			secret = (value != null) ? Base64.getUrlDecoder().decode(value.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (secret == null || secret.length < SECRET_BYTES) {
			throw new IllegalStateException("The secrets file " + file + " has no valid '" + KEY + "' entry (at least "
					+ SECRET_BYTES + " bytes, base64url); restore it, or delete it to generate a new secret (every "
					+ "token issued so far then stops working)");
		}
		return secret;
	}

	private static boolean posix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
