package org.practica.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Private columns sealed at rest: counselling notes, ID numbers. {@link #seal} encrypts
 * with AES-GCM (Google Tink), bound to a context naming the column, so a sealed value
 * copied into another column does not open; {@link #fingerprint} gives the same HMAC for
 * the same value, so a sealed column can still be searched for an exact value or checked
 * for duplicates without opening every row.
 * <p>
 * The keysets come from {@link FieldCipherSettings}; where none is configured one is
 * generated into the configured directory and the log says so, since losing it loses
 * every sealed value.
 */
@Component
public class FieldCipher {

	private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);

	private final Aead aead;

	private final Mac mac;

	public FieldCipher(FieldCipherSettings settings) {
		try {
			AeadConfig.register();
			MacConfig.register();
			this.aead = keyset(settings.aeadKeyset(), settings.directory().resolve("fields-aead.json"),
					PredefinedAeadParameters.AES256_GCM)
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.mac = keyset(settings.macKeyset(), settings.directory().resolve("fields-mac.json"),
					PredefinedMacParameters.HMAC_SHA256_256BITTAG)
				.getPrimitive(RegistryConfiguration.get(), Mac.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("practica.crypto: the field keysets cannot be used", ex);
		}
	}

	/** The value encrypted for the column named by {@code context}; null stays null. */
	public String seal(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		try {
			return Base64.getEncoder()
				.encodeToString(this.aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bytes(context)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a value could not be sealed", ex);
		}
	}

	/** The value {@link #seal} sealed for the same context; null stays null. */
	public String open(String sealed, String context) {
		if (sealed == null) {
			return null;
		}
		try {
			return new String(this.aead.decrypt(Base64.getDecoder().decode(sealed), bytes(context)),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("a sealed value of " + context + " does not open with this key", ex);
		}
	}

	/**
	 * The same hex string for the same value and context, and nothing that leads back to
	 * the value without the key; null stays null.
	 */
	public String fingerprint(String value, String context) {
		if (value == null) {
			return null;
		}
		try {
			return HexFormat.of().formatHex(this.mac.computeMac(bytes(context + '\u0000' + value)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a value could not be fingerprinted", ex);
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static KeysetHandle keyset(String configured, Path file, Parameters parameters)
			throws GeneralSecurityException {
		if (StringUtils.hasText(configured)) {
			return TinkJsonProtoKeysetFormat.parseKeyset(configured, InsecureSecretKeyAccess.get());
		}
		try {
			if (Files.exists(file)) {
				return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
			}
			KeysetHandle generated = KeysetHandle.generateNew(parameters);
			Files.createDirectories(file.getParent());
			Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"),
					TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
			restrict(written);
			Files.move(written, file);
			log.warn("No key configured in practica.crypto: generated {}. Keep it with the database's backups; "
					+ "every sealed value is lost without it.", file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("practica.crypto: cannot read or write " + file, ex);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own permissions apply
		}
	}

}
