package org.practica.hours;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HoursApiTests extends ApiTestSupport {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Test
	void theCommunityVerifiesDisputesAndCorrectsWithoutEditingAnything() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		postAs(token(world.teamLeader()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isForbidden());
		postAs(community, "{\"reason\":\"\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isBadRequest());
		postAs(community, "{\"reason\":\"提前离开\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPUTED"))
			.andExpect(jsonPath("$.disputeReason").value("提前离开"));
		String correction = read(postAs(community, "{\"hours\":1.0,\"reason\":\"按实际到场时间\"}",
				"/api/v1/hours/{id}/corrections", served.entry())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("CORRECTION"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.supersedesId").value(served.entry())), "$.id");
		getAs(community, "/api/v1/hours/{id}", served.entry()).andExpect(jsonPath("$.status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.hours").value(1.5));
		postAs(community, null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isConflict());
		postAs(community, "{\"ids\":[\"" + correction + "\"]}", "/api/v1/hours/verify").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("VERIFIED"));
		getAs(token(served.student()), "/api/v1/hours?status=VERIFIED").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].hours").value(1.0));
		getAs(token(world.collegeAdmin()), "/api/v1/hours?studentId=" + served.student().getId())
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void backFillNeedsEvidenceAPastDateRoomUnderTheCapAndBothApprovals() throws Exception {
		World world = world();
		Served served = served(world);
		String student = token(served.student());
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		backfill(student, served, yesterday, "3", new MockMultipartFile("evidence", "photo.png", "image/png", PNG))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("BACKFILL"))
			.andExpect(jsonPath("$.status").value("PENDING"));
		String entry = read(getAs(student, "/api/v1/hours?status=PENDING"),
				"$.items[?(@.source == 'BACKFILL' && @.hours == 3)].id")
			.replaceAll("[\\[\\]\"]", "");
		// the community's correction would skip the university's approval: a back-fill is
		// disputed instead
		postAs(token(world.communityAdmin()), "{\"hours\":1,\"reason\":\"少报\"}", "/api/v1/hours/{id}/corrections",
				entry)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"A back-fill is not corrected: dispute it with the reason, and the student can send a new one."));

		backfill(student, served, LocalDate.now(this.clock).plusDays(2).toString(), "2",
				new MockMultipartFile("evidence", "p.png", "image/png", PNG))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		backfill(student, served, yesterday, "30", new MockMultipartFile("evidence", "p.png", "image/png", PNG))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours"));
		backfill(student, served, yesterday.substring(0, 4) + "-01-01", "20",
				new MockMultipartFile("evidence", "p.pdf", "application/pdf", "%PDF-1.4 scan".getBytes()))
			.andExpect(status().isCreated());
		backfill(student, served, yesterday, "20", new MockMultipartFile("evidence", "p.png", "image/png", PNG))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("cap of 40 hours (23 already")));
		backfill(student, served, yesterday, "2",
				new MockMultipartFile("evidence", "renamed.png", "image/png",
						"this is not a picture".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
		backfill(token(world.teamLeader()), served, yesterday, "2",
				new MockMultipartFile("evidence", "p.png", "image/png", PNG))
			.andExpect(status().isForbidden());

		// the university approves only what the community has verified: a rule of the
		// state
		postAs(token(world.universityAdmin()), null, "/api/v1/hours/{id}/verify", entry)
			.andExpect(status().isConflict());
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.communityVerified").value(true))
			.andExpect(jsonPath("$.backfillStage").value("AWAITING_UNIVERSITY"));
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("waits for the university")));
		postAs(token(world.collegeAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isForbidden());
		postAs(token(world.teamLeader()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isForbidden());
		postAs(token(world.universityAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.backfillStage").value("APPROVED"));
		postAs(token(world.universityAdmin()), null, "/api/v1/hours/{id}/verify", entry)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This entry is already verified."));
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", entry)
			.andExpect(status().isConflict());
		postAs(token(world.collegeAdmin()), null, "/api/v1/hours/{id}/verify", entry).andExpect(status().isForbidden());
		postAs(token(world().universityAdmin()), null, "/api/v1/hours/{id}/verify", entry)
			.andExpect(status().isNotFound());
	}

	@Test
	void aBackFillsFieldsAreValidatedAs400NamingTheField() throws Exception {
		World world = world();
		Served served = served(world);
		String student = token(served.student());
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		for (String hours : new String[] { "0", "-1", "24.5" }) {
			backfill(student, served, yesterday, hours, "签到设备故障", png()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("hours"))
				.andExpect(jsonPath("$.errors[0].message").value("Hours must be between 0 and 24."));
		}
		backfill(student, served, yesterday, "2", " ", png()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("Give a reason."));
		backfill(student, served, yesterday, "2", "长".repeat(1001), png()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("The reason may have at most 1,000 characters."));
		this.mvc
			.perform(multipart("/api/v1/hours/backfills").param("projectId", served.project())
				.param("date", yesterday)
				.param("hours", "2")
				.param("reason", "签到设备故障")
				.header("Accept-Language", "en")
				.header("Authorization", "Bearer " + student))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
		backfill(student, served, yesterday, "2", "长".repeat(1000), png()).andExpect(status().isCreated());
	}

	@Test
	void overLongReasonsAre400NamingTheFieldNot500() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		String tooLong = "{\"reason\":\"" + "长".repeat(1001) + "\"}";
		postAs(community, tooLong, "/api/v1/hours/{id}/dispute", served.entry()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("The reason may have at most 1,000 characters."));
		postAs(community, "{\"hours\":1,\"reason\":\"" + "长".repeat(1001) + "\"}", "/api/v1/hours/{id}/corrections",
				served.entry())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		getAs(community, "/api/v1/hours/{id}", served.entry()).andExpect(jsonPath("$.status").value("PENDING"));
		postAs(community, "{\"reason\":\"" + "长".repeat(1000) + "\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPUTED"));
	}

	private static MockMultipartFile png() {
		return new MockMultipartFile("evidence", "p.png", "image/png", PNG);
	}

	@Test
	void anotherOrganisationCannotSeeNorVerifyEntries() throws Exception {
		World world = world();
		World other = world();
		Served served = served(world);
		for (Account intruder : new Account[] { other.communityAdmin(), other.universityAdmin(), other.student(),
				other.teamLeader() }) {
			getAs(token(intruder), "/api/v1/hours/{id}", served.entry()).andExpect(status().isNotFound());
			postAs(token(intruder), null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isNotFound());
			postAs(token(intruder), "{\"reason\":\"x\"}", "/api/v1/hours/{id}/dispute", served.entry())
				.andExpect(status().isNotFound());
			postAs(token(intruder), "{\"hours\":9,\"reason\":\"x\"}", "/api/v1/hours/{id}/corrections", served.entry())
				.andExpect(status().isNotFound());
			getAs(token(intruder), "/api/v1/hours?studentId=" + served.student().getId())
				.andExpect(jsonPath("$.total").value(0));
		}
	}

	private ResultActions backfill(String token, Served served, String date, String hours, MockMultipartFile evidence)
			throws Exception {
		return backfill(token, served, date, hours, "签到设备故障，现场照片为证", evidence);
	}

	private ResultActions backfill(String token, Served served, String date, String hours, String reason,
			MockMultipartFile evidence) throws Exception {
		return this.mvc.perform(multipart("/api/v1/hours/backfills").file(evidence)
			.param("projectId", served.project())
			.param("date", date)
			.param("hours", hours)
			.param("reason", reason)
			.header("Accept-Language", "en")
			.header("Authorization", "Bearer " + token));
	}

}
