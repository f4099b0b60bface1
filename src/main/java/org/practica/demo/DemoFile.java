package org.practica.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as the demo sends it, as a form's file field would: a back-fill's evidence, a
 * scanned sheet, a drawn photo, a receipt.
 *
 * @param field the form field it comes in
 * @param fileName the name it is uploaded with
 * @param contentType the type the browser would claim
 * @param bytes the content
 */
record DemoFile(String field, String fileName, String contentType, byte[] bytes) implements MultipartFile {

	private static final byte[] NOTE = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	/** A one-page PDF note, as a student would upload a scan of their evidence. */
	static DemoFile note() {
		return pdf("evidence.pdf", NOTE);
	}

	/** A PDF in the {@code evidence} field. */
	static DemoFile pdf(String fileName, byte[] bytes) {
		return new DemoFile("evidence", fileName, "application/pdf", bytes);
	}

	@Override
	public String getName() {
		return this.field;
	}

	@Override
	public String getOriginalFilename() {
		return this.fileName;
	}

	@Override
	public String getContentType() {
		return this.contentType;
	}

	@Override
	public boolean isEmpty() {
		return this.bytes.length == 0;
	}

	@Override
	public long getSize() {
		return this.bytes.length;
	}

	@Override
	public byte[] getBytes() {
		return this.bytes.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.bytes);
	}

	@Override
	public void transferTo(File destination) throws IOException {
		Files.write(destination.toPath(), this.bytes);
	}

}
