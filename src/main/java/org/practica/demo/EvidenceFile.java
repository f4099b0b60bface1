package org.practica.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A back-fill's evidence as the demo sends it: a one-page PDF note, as a student would
 * upload a scan.
 */
final class EvidenceFile implements MultipartFile {

	private static final byte[] NOTE = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private EvidenceFile() {
	}

	static EvidenceFile note() {
		return new EvidenceFile();
	}

	@Override
	public String getName() {
		return "evidence";
	}

	@Override
	public String getOriginalFilename() {
		return "evidence.pdf";
	}

	@Override
	public String getContentType() {
		return "application/pdf";
	}

	@Override
	public boolean isEmpty() {
		return false;
	}

	@Override
	public long getSize() {
		return NOTE.length;
	}

	@Override
	public byte[] getBytes() {
		return NOTE.clone();
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(NOTE);
	}

	@Override
	public void transferTo(File destination) throws java.io.IOException {
		Files.write(destination.toPath(), NOTE);
	}

}
