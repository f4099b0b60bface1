package org.practica.partnership;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;

import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Practice bases open under agreements in force, by the parties' admins, and are listed
 * nearest first from a chosen campus.
 */
class PracticeBaseApiTests extends ApiTestSupport {

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private String agreement(World world, boolean signed) throws Exception {
		String admin = token(world.universityAdmin());
		String id = read(postAs(admin, AgreementApiTests.agreementJson(world.university(), world.district(),
				today().minusDays(1), today().plusYears(2)), "/api/v1/agreements")
			.andExpect(status().isCreated()), "$.id");
		if (signed) {
			postAs(admin, "{\"signedOn\":\"%s\",\"signatories\":[\"甲\"]}".formatted(today()),
					"/api/v1/agreements/{id}/sign", id)
				.andExpect(status().isOk());
			postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"乙\"]}".formatted(today()),
					"/api/v1/agreements/{id}/sign", id)
				.andExpect(status().isOk());
		}
		return id;
	}

	private static String base(String agreementId, String name, double latitude, double longitude, int capacity) {
		return """
				{"agreementId":"%s","name":"%s","address":"衡阳市珠晖区","latitude":%s,"longitude":%s,"capacity":%d,
				 "contact":"王老师 0734-1234567"}
				""".formatted(agreementId, name, latitude, longitude, capacity);
	}

	@Test
	void basesOpenUnderAnAgreementInForceAndAreListedNearestFirst() throws Exception {
		World world = world();
		String district = token(world.districtAdmin());
		String draft = agreement(world, false);
		postAs(district, base(draft, "草稿基地", 26.9, 112.6, 10), "/api/v1/practice-bases")
			.andExpect(status().isConflict());
		String id = agreement(world, true);
		postAs(district, base(id, "坏位置", 91, 112.6, 10), "/api/v1/practice-bases").andExpect(status().isBadRequest());
		postAs(district, base(id, "无容量", 26.9, 112.6, 0), "/api/v1/practice-bases").andExpect(status().isBadRequest());
		postAs(district, base(id, "基".repeat(201), 26.9, 112.6, 10), "/api/v1/practice-bases")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("The name may have at most 200 characters."));
		// the university is at 26.8968, 112.6484
		String far = read(postAs(district, base(id, "远基地", 27.2, 112.9, 30), "/api/v1/practice-bases")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contact").value("王老师 0734-1234567")), "$.id");
		String near = read(
				postAs(token(world.universityAdmin()), base(id, "近基地", 26.90, 112.65, 20), "/api/v1/practice-bases")
					.andExpect(status().isCreated()),
				"$.id");
		String university = token(world.universityAdmin());
		getAs(university, "/api/v1/practice-bases?campusId={c}", world.university().getId()).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(near))
			.andExpect(jsonPath("$.items[1].id").value(far))
			.andExpect(jsonPath("$.items[0].distanceKm").value(closeTo(0.4, 0.2)))
			.andExpect(jsonPath("$.items[1].distanceKm").value(closeTo(41.9, 0.2)));
		getAs(university, "/api/v1/practice-bases?agreementId={a}", id).andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].distanceKm").doesNotExist());
		Organisation nowhere = org("Campus", OrganisationKind.COLLEGE, world.university(), null, null);
		// a college without a position of its own takes its university's
		getAs(university, "/api/v1/practice-bases?campusId={c}", nowhere.getId()).andExpect(status().isOk());
		getAs(university, "/api/v1/practice-bases?campusId={c}", 987654321L).andExpect(status().isNotFound());
	}

	@Test
	void basesStayWithinTheParties() throws Exception {
		World world = world();
		World intruder = world();
		String id = agreement(world, true);
		postAs(token(world.districtAdmin()), base(id, "基地", 26.9, 112.6, 10), "/api/v1/practice-bases")
			.andExpect(status().isCreated());
		postAs(token(intruder.districtAdmin()), base(id, "冒名", 26.9, 112.6, 10), "/api/v1/practice-bases")
			.andExpect(status().isNotFound());
		postAs(token(world.communityAdmin()), base(id, "越权", 26.9, 112.6, 10), "/api/v1/practice-bases")
			.andExpect(status().isForbidden());
		getAs(token(intruder.universityAdmin()), "/api/v1/practice-bases")
			.andExpect(jsonPath("$.items.length()").value(0));
		getAs(token(intruder.universityAdmin()), "/api/v1/practice-bases?agreementId={a}", id)
			.andExpect(status().isNotFound());
		getAs(token(world.communityAdmin()), "/api/v1/practice-bases").andExpect(jsonPath("$.items.length()").value(1));
	}

}
