package org.practica.web;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever goes wrong, a client of the API gets problem details (RFC 9457), naming the
 * field when one is at fault.
 */
class ApiProblemTests extends ApiTestSupport {

	@Test
	void refusalsBeforeAnyControllerAreProblemDetails() throws Exception {
		String token = token(world().student());
		getAs(token, "/api/v1/nothing-here").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:practica:problem:problem.not-found"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Not found."));
		putAs(token, "{}", "/api/v1/shifts/1").andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This method is not allowed here."));
		postAs(token, "{\"projectId\":\"1\"}", "/api/v1/hours/backfills").andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Unsupported media type"));
		this.mvc
			.perform(get("/api/v1/certificates/{number}/pdf", "PRC-0").header("Authorization", "Bearer " + token)
				.header("Accept-Language", "zh-CN")
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("无法以所要求的格式提供此内容。"));
	}

	@Test
	void aBodyOrParameterOfTheWrongKindNamesItsField() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		postAs(leader,
				"""
						{"title":"周六","startsAt":"2030-06-01T09:00:00+08:00","endsAt":"2030-06-01T12:00:00+08:00","capacity":"many"}
						""",
				"/api/v1/projects/{id}/shifts", project)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capacity"))
			.andExpect(jsonPath("$.errors[0].message").value("This value is not valid."));
		postAs(leader, """
				{"title":"周六","startsAt":"next Saturday","endsAt":"2030-06-01T12:00:00+08:00","capacity":2}
				""", "/api/v1/projects/{id}/shifts", project).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		postAs(leader, "{not json", "/api/v1/projects/{id}/shifts", project).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:practica:problem:problem.unreadable"));
		getAs(leader, "/api/v1/hours?status=LOST").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		getAs(token(world.universityAdmin()), "/api/v1/reports/summary").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"))
			.andExpect(jsonPath("$.errors[0].message").value("This is required."));
		this.mvc
			.perform(post("/api/v1/hours/backfills").header("Authorization", "Bearer " + token(world.student()))
				.header("Accept-Language", "en")
				.contentType(MediaType.MULTIPART_FORM_DATA))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").exists());
	}

	@Test
	void anIdInThePathThatCannotNameAnythingIsNotFound() throws Exception {
		String token = token(world().teamLeader());
		getAs(token, "/api/v1/shifts/abc").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		postAs(token, null, "/api/v1/hours/abc/verify").andExpect(status().isNotFound());
	}

}
