package org.practica.support;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The keys of {@link FieldCipher} ({@code practica.crypto.*}). In production both keysets
 * come from the environment; when one is empty it is read from, or generated into, the
 * directory.
 *
 * @param aeadKeyset the AES-GCM keyset that seals private columns, in Tink's JSON format
 * @param macKeyset the HMAC keyset that fingerprints sealed values for lookups, in Tink's
 * JSON format
 * @param directory where keysets not given above are kept ({@code fields-aead.json},
 * {@code fields-mac.json})
 */
@Validated
@ConfigurationProperties("practica.crypto")
public record FieldCipherSettings(String aeadKeyset, String macKeyset, @NotNull Path directory) {
}
