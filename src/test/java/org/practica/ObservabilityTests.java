package org.practica;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an operator sees of a running instance: the health probes a balancer asks, the
 * domain's own metrics, and the request id that ties an answer to its log lines.
 */
class ObservabilityTests extends ApiTestSupport {

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private HealthContributorRegistry health;

	@Test
	void readinessIsDownWhileTheDatabaseCannotBeReachedAndLivenessStaysUp() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		// the database check, pointed at a server that is not there
		HealthContributor real = this.health.unregisterContributor("db");
		assertThat(real).as("the database is part of the health").isNotNull();
		this.health.registerContributor("db",
				new DataSourceHealthIndicator(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/gone")));
		try {
			this.mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"));
			this.mvc.perform(get("/actuator/health/liveness"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"));
		}
		finally {
			this.health.unregisterContributor("db");
			this.health.registerContributor("db", real);
		}
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void aSignUpIsCountedOnceItIsCommitted() throws Exception {
		World world = world();
		String project = project(world);
		String shift = shift(token(world.teamLeader()), project, 48, 1);
		Account first = member(world);
		Account second = member(world);
		double confirmed = count("confirmed");
		double waitlisted = count("waitlisted");
		postAs(token(first), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
		postAs(token(second), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
		// refused: counts nothing
		postAs(token(second), null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isConflict());
		assertThat(count("confirmed")).isEqualTo(confirmed + 1);
		assertThat(count("waitlisted")).isEqualTo(waitlisted + 1);
	}

	@Test
	void theMetricsAreThePlatformAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		getAs(token(member(world())), "/actuator/metrics").andExpect(status().isForbidden());
		getAs(token("admin", "Lantern-Orchard-Test-7"), "/actuator/metrics/practica.signups").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("practica.signups"));
	}

	@Test
	void aProblemNamesTheRequestsIdAsItsHeaderDoes() throws Exception {
		String student = token(member(world()));
		this.mvc
			.perform(get("/api/v1/shifts/{id}", 987654321L).header("Authorization", "Bearer " + student)
				.header("X-Request-Id", "lb-4711.a"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Request-Id", "lb-4711.a"))
			.andExpect(jsonPath("$.requestId").value("lb-4711.a"));
		// none given, or one that is not a plain token: a new one, the same in both
		String answered = this.mvc
			.perform(get("/api/v1/shifts/{id}", 987654321L).header("Authorization", "Bearer " + student)
				.header("X-Request-Id", "<script>"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		assertThat(answered).isNotBlank().doesNotContain("<");
		this.mvc.perform(get("/api/v1/shifts/{id}", 987654321L).header("Authorization", "Bearer " + student))
			.andExpect(jsonPath("$.requestId").exists())
			.andExpect(result -> assertThat(read(result.getResponse().getContentAsString()))
				.isEqualTo(result.getResponse().getHeader("X-Request-Id")));
	}

	private static String read(String json) {
		return com.jayway.jsonpath.JsonPath.read(json, "$.requestId");
	}

	private Account member(World world) {
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		return student;
	}

	private double count(String outcome) {
		return this.meters.get("practica.signups").tag("outcome", outcome).counter().count();
	}

}
