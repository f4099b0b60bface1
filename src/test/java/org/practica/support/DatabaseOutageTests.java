package org.practica.support;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database that cannot be reached, wherever a request meets it, is a 503 with
 * {@code Retry-After} and problem details; any other error goes on as it was.
 */
class DatabaseOutageTests {

	private final DatabaseOutage.Filter filter = new DatabaseOutage.Filter(problems(),
			new FixedLocaleResolver(Locale.ENGLISH));

	private static ProblemResponses problems() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("problem.database-unavailable", Locale.ENGLISH,
				"The service is unavailable for a moment; try again shortly.");
		return new ProblemResponses(messages, tools.jackson.databind.json.JsonMapper.builder().build());
	}

	@Test
	void anOutageAnywhereInTheRequestIsA503WithRetryAfter() throws Exception {
		for (RuntimeException outage : new RuntimeException[] {
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new java.sql.SQLTransientConnectionException("Connection is not available")) }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/me"), response, (request, r) -> {
				throw outage;
			});
			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("30");
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(response.getContentAsString()).contains("\"status\":503")
				.contains("The service is unavailable for a moment");
		}
	}

	@Test
	void anOutageInAControllerIsA503Too() {
		var answer = new ApiProblemHandler(problems()).outage(
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
				new MockHttpServletRequest("GET", "/api/v1/me"));
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
	}

	/**
	 * In a failover the server drops the connection mid-transaction; the pool evicts it,
	 * and the rollback that follows fails on the pool's closed stand-in, an error with no
	 * SQL state that replaces the first one. Seen as 500s in the deployment drill
	 * (deploy/cluster): the error is HikariCP's own here, from a connection it closed.
	 */
	@Test
	void aRollbackThatFailedOnTheConnectionThePoolClosedIsAnOutage() throws Exception {
		java.sql.SQLException closed = null;
		try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:outage");
			pool.setMaximumPoolSize(1);
			java.sql.Connection connection = pool.getConnection();
			connection.setAutoCommit(false);
			connection.close();
			try {
				connection.rollback();
			}
			catch (java.sql.SQLException ex) {
				closed = ex;
			}
		}
		assertThat((Throwable) closed).hasMessage("Connection is closed");
		assertThat(closed.getSQLState()).isNull();
		RuntimeException rollback = new org.springframework.orm.jpa.JpaSystemException(
				new org.hibernate.TransactionException("Unable to rollback against JDBC Connection", closed));
		assertThat(DatabaseOutage.isOutage(rollback)).isTrue();
		assertThat(DatabaseOutage.isOutage(new java.sql.SQLException("Connection is closed"))).isFalse();
		assertThat(DatabaseOutage
			.isOutage(new java.sql.SQLException("terminating connection due to administrator command", "57P01")))
			.isTrue();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/shifts/1/signups"), response, (request, r) -> {
			throw rollback;
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
	}

	@Test
	void otherErrorsAreNotTakenForAnOutage() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.filter
			.doFilter(new MockHttpServletRequest("GET", "/api/v1/me"), new MockHttpServletResponse(), (request, r) -> {
				throw new IllegalStateException("a bug");
			}));
		assertThat(DatabaseOutage.isOutage(new org.springframework.dao.DataIntegrityViolationException("dup")))
			.isFalse();
		// a unique violation or a serialization failure is not an outage
		assertThat(DatabaseOutage.isOutage(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
		assertThat(DatabaseOutage.isOutage(new java.sql.SQLException("could not serialize", "40001"))).isFalse();
	}

}
