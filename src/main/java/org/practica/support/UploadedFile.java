package org.practica.support;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.web.multipart.MultipartFile;

/**
 * A signed scan or a piece of evidence someone uploaded, taken only when its content is a
 * PDF, a JPEG or a PNG, whatever the file is called.
 *
 * @param fileName the name it was uploaded with, cut to 200 characters
 * @param contentType the type its content shows
 * @param sha256 its SHA-256, in hex
 * @param bytes the file
 */
public record UploadedFile(String fileName, String contentType, String sha256, byte[] bytes) {

	/** At most 10 MB. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	/** Detects by the content's magic numbers alone: no name is passed to it. */
	private static final Tika TIKA = new Tika();

	/**
	 * Checks a document: present, at most 10 MB, and a PDF, JPEG or PNG by its content. A
	 * missing or empty file is a 400 on {@code field} with the message
	 * {@code messages + ".required"}; one too large or of another type a 422, with
	 * {@code ".too-large"} or {@code ".type"}.
	 * @param file the upload, possibly missing
	 * @param field the form field it came in
	 * @param messages the prefix of the refusals' message keys
	 * @param defaultName the name to keep when it came without one
	 */
	public static UploadedFile document(MultipartFile file, String field, String messages, String defaultName) {
		if (file == null || file.isEmpty()) {
			throw FieldProblem.invalid(field, messages + ".required");
		}
		if (file.getSize() > MAX_BYTES) {
			throw FieldProblem.unprocessable(field, messages + ".too-large");
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw FieldProblem.unprocessable(field, messages + ".type");
		}
		String type = documentType(bytes);
		if (type == null) {
			throw FieldProblem.unprocessable(field, messages + ".type");
		}
		checkName(field, file.getOriginalFilename(), type);
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? defaultName
				: file.getOriginalFilename();
		return new UploadedFile(name.length() > 200 ? name.substring(0, 200) : name, type, Sha256.hex(bytes), bytes);
	}

	/** The extensions a name of each type may end with. */
	private static final Map<String, Set<String>> EXTENSIONS = Map.of("application/pdf", Set.of("pdf"), "image/jpeg",
			Set.of("jpg", "jpeg", "jpe", "jfif"), "image/png", Set.of("png"));

	/**
	 * Refuses a file whose name says another type than its content shows (a PDF called
	 * {@code scan.png}): a 422 on the field naming both. A name without an extension says
	 * nothing.
	 * @param field the form field the file came in
	 * @param name the name it was uploaded with
	 * @param type the type its content shows
	 */
	public static void checkName(String field, String name, String type) {
		String extension = extension(name);
		if (extension != null && !EXTENSIONS.getOrDefault(type, Set.of()).contains(extension)) {
			throw FieldProblem.unprocessable(field, "upload.name-mismatch",
					name.length() > 100 ? name.substring(0, 100) : name, label(type));
		}
	}

	/** What a person calls the type: PDF, JPEG, PNG, or the type itself. */
	static String label(String type) {
		return switch (type) {
			case "application/pdf" -> "PDF";
			case "image/jpeg" -> "JPEG";
			case "image/png" -> "PNG";
			default -> type;
		};
	}

	/** The name's extension in lower case, or null when it has none. */
	static String extension(String name) {
		if (name == null) {
			return null;
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = base.lastIndexOf('.');
		return (dot <= 0 || dot == base.length() - 1) ? null : base.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The type the content shows when it is a PDF, JPEG or PNG; null otherwise. */
	static String documentType(byte[] bytes) {
		String type = TIKA.detect(bytes);
		return DOCUMENT_TYPES.contains(type) ? type : null;
	}

}
