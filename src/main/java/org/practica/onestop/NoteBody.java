package org.practica.onestop;

import jakarta.persistence.Converter;

import org.practica.support.FieldCipher;
import org.practica.support.SealedColumn;

/** A counselling note's text, sealed at rest. */
@Converter
class NoteBody extends SealedColumn {

	NoteBody(FieldCipher cipher) {
		super(cipher, "onestop.note.body");
	}

}
