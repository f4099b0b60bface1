package org.practica.support;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A database that cannot be reached is the server's trouble for a while, not the client's
 * fault nor an unforeseen error: the API answers 503 with {@code Retry-After} and problem
 * details, and the outage is logged. The filter catches it wherever in a request it comes
 * from, before any controller too (the token of every API request is looked up in the
 * database, the session of every page).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutage {

	/** How long a client waits before asking again. */
	public static final int RETRY_AFTER_SECONDS = 30;

	static final String MESSAGE_KEY = "problem.database-unavailable";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutage.class);

	/**
	 * Whether the error, or one of its causes, says the database cannot be reached. That
	 * includes a connection the server dropped (a failover) mid-transaction: the driver
	 * says so in the SQL state, class 08 (connection exception) or 57P01–57P03 (the
	 * server shut down, crashed or is starting); the pool then swaps the broken
	 * connection for a closed one, and the rollback that follows fails on it with a plain
	 * "Connection is closed" that takes the original error's place.
	 */
	public static boolean isOutage(Throwable error) {
		int depth = 0;
		for (Throwable cause = error; cause != null && depth < 50; cause = cause.getCause(), depth++) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException
					|| (cause instanceof SQLException sql
							&& (isConnectionState(sql.getSQLState()) || isPoolsClosedConnection(sql)))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** Thrown by HikariCP's stand-in for a connection it has closed or evicted. */
	private static boolean isPoolsClosedConnection(SQLException error) {
		StackTraceElement[] trace = error.getStackTrace();
		return trace.length > 0 && trace[0].getClassName().startsWith(HIKARI_CLOSED_CONNECTION);
	}

	private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

	/** Logs the outage met by a request: one line with the cause. */
	static void log(HttpServletRequest request, Throwable error) {
		logger.error("The database cannot be reached: {} {} answered 503", request.getMethod(), request.getRequestURI(),
				error);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter(ProblemResponses problems,
			LocaleResolver locales) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(problems, locales));
		// outside the session's and security's filters, which read the database first
		registration.setOrder(Integer.MIN_VALUE + 10);
		return registration;
	}

	/** Turns an outage met anywhere in the request into a 503. */
	static class Filter extends OncePerRequestFilter {

		private final ProblemResponses problems;

		private final LocaleResolver locales;

		Filter(ProblemResponses problems, LocaleResolver locales) {
			this.problems = problems;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (RuntimeException | ServletException ex) {
				if (!isOutage(ex) || response.isCommitted()) {
					throw ex;
				}
				log(request, ex);
				response.resetBuffer();
				response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
				this.problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, MESSAGE_KEY,
						this.locales.resolveLocale(request));
			}
		}

	}

}
