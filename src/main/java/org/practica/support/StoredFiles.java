package org.practica.support;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file is served. Keys are random and never reused
 * ({@link FileStore#newKey}), so a public file is cached for a year by browsers and
 * proxies alike; a private one only by the browser that was allowed to fetch it.
 */
public final class StoredFiles {

	private static final Duration YEAR = Duration.ofDays(365);

	private StoredFiles() {
	}

	/** A file anyone may see (a published report's photo), cached for a year. */
	public static ResponseEntity<byte[]> publicFile(byte[] bytes, String contentType) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(YEAR).cachePublic().immutable())
			.contentType(MediaType.parseMediaType(contentType))
			.body(bytes);
	}

	/**
	 * A file only some may see (a draft's photo, a receipt), cached by this browser only.
	 */
	public static ResponseEntity<byte[]> privateFile(byte[] bytes, String contentType) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(YEAR).cachePrivate())
			.contentType(MediaType.parseMediaType(contentType))
			.body(bytes);
	}

}
