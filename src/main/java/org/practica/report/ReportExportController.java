package org.practica.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.practica.directory.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's download links: the same exports as the API, for a signed-in person's
 * session, in the page's language.
 */
@Controller
class ReportExportController {

	private final ReportExports exports;

	ReportExportController(ReportExports exports) {
		this.exports = exports;
	}

	@GetMapping("/reports/{kind:hours|projects|outcomes}.{format:xlsx|csv}")
	void download(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind, @PathVariable String format,
			@RequestParam Long organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		ExportDownload.send(this.exports, user, organisationId, from, to,
				ReportExports.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
				ExportFormat.valueOf(format.toUpperCase(Locale.ROOT)), locale, response);
	}

}
