package org.practica.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request Spring Security's firewall refuses before anything else sees it (an encoded
 * NUL, slash or period, a {@code ;} in the path, a {@code ..}) is answered 400 with
 * problem details, as every other refusal, instead of an error page or a 500.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	/**
	 * Tomcat lets an encoded slash through to the firewall (which refuses it with problem
	 * details, above) instead of refusing it itself with an empty 400.
	 */
	@Bean
	static WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
		return factory -> {
			factory.addConnectorCustomizers(connector -> {
				connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
				connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			});
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
			});
		};
	}

	/**
	 * What Tomcat refuses itself, before the application sees the request (an encoded NUL
	 * in the path): problem details too, instead of Tomcat's HTML page.
	 */
	public static class ProblemReportValve extends ErrorReportValve {

		private static final String BODY = "{\"type\":\"urn:practica:problem:problem.path-rejected\","
				+ "\"title\":\"Bad request\",\"status\":400,"
				+ "\"detail\":\"This address is not allowed (it holds an encoded or forbidden character).\"}";

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (response.getStatus() != HttpStatus.BAD_REQUEST.value() || response.getContentWritten() > 0
					|| response.isCommitted()) {
				super.report(request, response, throwable);
				return;
			}
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				java.io.Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(BODY);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// nothing more can be said to this client
			}
		}

	}

	private static final Logger logger = LoggerFactory.getLogger(RejectedRequests.class);

	private final ProblemResponses problems;

	private final LocaleResolver locales;

	RejectedRequests(ProblemResponses problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		logger.debug("Rejected {}: {}", request.getRequestURI(), rejected.getMessage());
		if (!response.isCommitted()) {
			this.problems.write(response, HttpStatus.BAD_REQUEST, "problem.path-rejected",
					this.locales.resolveLocale(request));
		}
	}

}
