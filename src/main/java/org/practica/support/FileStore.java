package org.practica.support;

import java.util.Optional;

/**
 * Where uploaded files live: photos, attachments, receipts. The database keeps what a
 * file is (its key, type, size, hash); the bytes live here, so that an object store can
 * replace the local directory ({@link LocalFileStore}) without a change elsewhere.
 * <p>
 * A file put inside a transaction that then rolls back is removed again: nothing is left
 * half-saved.
 */
public interface FileStore {

	/**
	 * Stores the bytes under the key, replacing what was there.
	 * @param key a path of lower-case letters, digits, {@code - _ .} and {@code /}, as
	 * {@link #newKey} makes
	 * @param bytes the content
	 */
	void put(String key, byte[] bytes);

	/** The bytes stored under the key, if any. */
	Optional<byte[]> get(String key);

	/** Removes the file under the key; nothing happens when there is none. */
	void delete(String key);

	/**
	 * A fresh key for a new file: the area (a module's name), the year and month, and a
	 * random name. Random names never repeat, so served files can be cached for good.
	 * @param area the module the file belongs to, e.g. {@code outcome}
	 * @param extension the file's extension without the dot, e.g. {@code jpg}
	 */
	static String newKey(String area, java.time.YearMonth month, String extension) {
		return area + "/" + month + "/" + java.util.UUID.randomUUID() + "." + extension;
	}

}
