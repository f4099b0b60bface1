package org.practica.support;

import jakarta.persistence.AttributeConverter;

/**
 * A column kept sealed by {@link FieldCipher}: a module names each private column by a
 * subclass, which Hibernate creates through Spring with the cipher injected:
 *
 * <pre>
 * &#64;Converter
 * class NoteBody extends SealedColumn {
 *     NoteBody(FieldCipher cipher) {
 *         super(cipher, "onestop.note.body");
 *     }
 * }
 * </pre>
 *
 * and an entity's field carries {@code @Convert(converter = NoteBody.class)}. The column
 * holds Base64 text about 40 characters longer than a third more than the value.
 */
public abstract class SealedColumn implements AttributeConverter<String, String> {

	private final FieldCipher cipher;

	private final String context;

	protected SealedColumn(FieldCipher cipher, String context) {
		this.cipher = cipher;
		this.context = context;
	}

	@Override
	public String convertToDatabaseColumn(String value) {
		return this.cipher.seal(value, this.context);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return this.cipher.open(column, this.context);
	}

}
