package org.practica.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.practica.directory.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends an export as a download, for the API and the pages alike: who may have it and the
 * period are checked first (so a refusal is still a proper error response), then the
 * headers go out and the rows are written straight to the response as they are read, on
 * the request's own thread (no asynchronous request timeout cuts a long export short).
 * Since an export holds that thread and a database connection while it runs, only a few
 * run at once (see {@link ReportExports#start}).
 */
final class ExportDownload {

	private ExportDownload() {
	}

	static void send(ReportExports exports, CurrentUser user, Long organisationId, LocalDate from, LocalDate to,
			ReportExports.Kind kind, ExportFormat format, Locale locale, HttpServletResponse response)
			throws IOException {
		ReportExports.Export export = exports.prepare(user, organisationId, from, to);
		exports.checkFits(export, kind, format);
		try (ReportExports.Slot slot = exports.start()) {
			response.setContentType(format.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(exports.fileName(export, kind, format, locale), StandardCharsets.UTF_8)
						.build()
						.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			exports.write(export, kind, format, locale, response.getOutputStream());
			response.flushBuffer();
		}
	}

}
