package org.practica.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FieldCipherTests {

	@TempDir
	Path directory;

	@Test
	void aSealedValueOpensOnlyForItsOwnColumn() {
		FieldCipher cipher = new FieldCipher(new FieldCipherSettings(null, null, this.directory));

		String sealed = cipher.seal("110101199003077778", "directory.id_number");

		assertThat(sealed).doesNotContain("110101")
			.isNotEqualTo(cipher.seal("110101199003077778", "directory.id_number"));
		assertThat(cipher.open(sealed, "directory.id_number")).isEqualTo("110101199003077778");
		assertThatIllegalStateException().isThrownBy(() -> cipher.open(sealed, "onestop.note.body"));
		assertThat(cipher.seal(null, "directory.id_number")).isNull();
	}

	@Test
	void generatedKeysAreKeptAndUsedAgainAfterARestart() throws Exception {
		FieldCipher first = new FieldCipher(new FieldCipherSettings("", "", this.directory));
		String sealed = first.seal("心里话", "onestop.note.body");

		FieldCipher second = new FieldCipher(new FieldCipherSettings("", "", this.directory));

		assertThat(Files.exists(this.directory.resolve("fields-aead.json"))).isTrue();
		assertThat(second.open(sealed, "onestop.note.body")).isEqualTo("心里话");
		assertThat(second.fingerprint("A1234567", "directory.id_number"))
			.isEqualTo(first.fingerprint("A1234567", "directory.id_number"))
			.isNotEqualTo(first.fingerprint("A1234568", "directory.id_number"))
			.isNotEqualTo(first.fingerprint("A1234567", "other.column"));
	}

	@Test
	void configuredKeysetsComeBeforeTheDirectory(@TempDir Path other) throws Exception {
		new FieldCipher(new FieldCipherSettings(null, null, this.directory));
		String aead = Files.readString(this.directory.resolve("fields-aead.json"));
		String mac = Files.readString(this.directory.resolve("fields-mac.json"));
		FieldCipher fromFiles = new FieldCipher(new FieldCipherSettings(null, null, this.directory));

		FieldCipher configured = new FieldCipher(new FieldCipherSettings(aead, mac, other));

		assertThat(configured.open(fromFiles.seal("x", "c"), "c")).isEqualTo("x");
		assertThat(Files.list(other)).isEmpty();
	}

}
