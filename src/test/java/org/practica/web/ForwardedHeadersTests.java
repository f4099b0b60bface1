package org.practica.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server, as a reverse proxy in front of it would call it: its
 * {@code X-Forwarded-Proto: https} marks the session cookie {@code Secure}, and what the
 * firewall refuses in a path is answered with problem details, not the server's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTests extends ApiTestSupport {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> sessionCookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).toList();
	}

	@Test
	void behindATrustedProxyOverTlsTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> proxied = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(sessionCookies(proxied)).isNotEmpty().allMatch(c -> c.contains("; Secure"));
		HttpResponse<String> plain = get("/login");
		assertThat(sessionCookies(plain)).isNotEmpty().noneMatch(c -> c.contains("Secure"));
		assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void pathsRefusedBeforeAnyControllerAreProblemDetails() throws Exception {
		for (String path : new String[] { "/api/v1/needs/%00", "/api/v1/needs;a=b", "/api/v1/%2e%2e%2fneeds" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).as(path).startsWith("application/problem+json"));
			assertThat(response.body()).as(path).contains("problem.path-rejected");
		}
	}

}
