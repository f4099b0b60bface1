package org.practica.directory;

import jakarta.persistence.Converter;

import org.practica.support.FieldCipher;
import org.practica.support.SealedColumn;

/** An account's ID number, sealed at rest. */
@Converter
class IdNumberColumn extends SealedColumn {

	static final String CONTEXT = "directory.account.id_number";

	IdNumberColumn(FieldCipher cipher) {
		super(cipher, CONTEXT);
	}

}
