package org.practica.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The served OpenAPI document describes every endpoint of the contract, and how to
 * authenticate.
 */
class ApiDocumentationTests extends ApiTestSupport {

	@Test
	void describesTheContractsEndpoints() throws Exception {
		var result = getAs(null, "/v3/api-docs").andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
		String[][] endpoints = { { "/api/v1/auth/token", "post" }, { "/api/v1/me", "get" },
				{ "/api/v1/organisations", "post" }, { "/api/v1/organisations", "get" },
				{ "/api/v1/organisations/{id}", "get" }, { "/api/v1/users", "post" },
				{ "/api/v1/organisations/{teamId}/members", "post" }, { "/api/v1/users/import", "post" },
				{ "/api/v1/directions", "get" }, { "/api/v1/needs", "post" }, { "/api/v1/needs", "get" },
				{ "/api/v1/needs/{id}", "get" }, { "/api/v1/needs/{id}/publish", "post" }, { "/api/v1/offers", "post" },
				{ "/api/v1/offers", "get" }, { "/api/v1/offers/{id}", "get" },
				{ "/api/v1/offers/{id}/publish", "post" }, { "/api/v1/needs/{id}/suggestions", "get" },
				{ "/api/v1/offers/{id}/suggestions", "get" }, { "/api/v1/interests", "post" },
				{ "/api/v1/projects", "post" }, { "/api/v1/projects", "get" }, { "/api/v1/projects/{id}", "get" },
				{ "/api/v1/matching-rounds", "post" }, { "/api/v1/matching-rounds/{id}/preferences", "put" },
				{ "/api/v1/matching-rounds/{id}/run", "post" }, { "/api/v1/matching-rounds/{id}/result", "get" },
				{ "/api/v1/matching-rounds/{id}/my-result", "get" }, { "/api/v1/fair-proposals", "post" },
				{ "/api/v1/agreements", "post" }, { "/api/v1/agreements", "get" }, { "/api/v1/agreements/{id}", "get" },
				{ "/api/v1/agreements/{id}/sign", "post" }, { "/api/v1/agreements/{id}/renew", "post" },
				{ "/api/v1/agreements/{id}/terminate", "post" }, { "/api/v1/agreements/{id}/attachments", "post" },
				{ "/api/v1/agreements/{id}/outcomes", "get" }, { "/api/v1/practice-bases", "post" },
				{ "/api/v1/practice-bases", "get" }, { "/api/v1/projects/{id}/agreement", "post" },
				{ "/api/v1/reports/summary", "get" }, { "/api/v1/reports/hours.xlsx", "get" },
				{ "/api/v1/reports/hours.csv", "get" }, { "/api/v1/reports/projects.xlsx", "get" },
				{ "/api/v1/reports/projects.csv", "get" } };
		for (String[] endpoint : endpoints) {
			result.andExpect(jsonPath("$.paths['" + endpoint[0] + "']." + endpoint[1]).exists());
		}
	}

	@Test
	void documentsTheStatusOfCreatedAndDeletedResources() throws Exception {
		var result = getAs(null, "/v3/api-docs").andExpect(status().isOk());
		String[][] created = { { "/api/v1/projects/{id}/shifts", "post" }, { "/api/v1/shifts/{id}/signups", "post" },
				{ "/api/v1/hours/{id}/corrections", "post" }, { "/api/v1/hours/backfills", "post" },
				{ "/api/v1/certificates", "post" }, { "/api/v1/agreements", "post" },
				{ "/api/v1/agreements/{id}/attachments", "post" }, { "/api/v1/practice-bases", "post" },
				{ "/api/v1/needs", "post" }, { "/api/v1/users", "post" } };
		for (String[] endpoint : created) {
			String operation = "$.paths['" + endpoint[0] + "']." + endpoint[1];
			result.andExpect(jsonPath(operation + ".responses['201']").exists())
				.andExpect(jsonPath(operation + ".responses['200']").doesNotExist());
		}
		result.andExpect(jsonPath("$.paths['/api/v1/signups/{id}'].delete.responses['204']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/signups/{id}'].delete.responses['200']").doesNotExist());
	}

	@Test
	@SuppressWarnings("unchecked")
	void documentsTheBackFillsFieldsAsMultipartFormFields() throws Exception {
		String doc = getAs(null, "/v3/api-docs").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String backfill = "$.paths['/api/v1/hours/backfills'].post";
		Map<String, Object> operation = JsonPath.read(doc, backfill);
		List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
				List.of());
		assertThat(parameters).noneMatch(p -> "query".equals(p.get("in")));
		Map<String, Object> schema = JsonPath.read(doc,
				backfill + ".requestBody.content['multipart/form-data'].schema");
		if (schema.containsKey("$ref")) {
			String ref = (String) schema.get("$ref");
			schema = JsonPath.read(doc, "$.components.schemas['" + ref.substring(ref.lastIndexOf('/') + 1) + "']");
		}
		assertThat((Map<String, Object>) schema.get("properties")).containsKeys("projectId", "date", "hours", "reason",
				"evidence");
	}

}
