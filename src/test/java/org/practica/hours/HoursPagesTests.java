package org.practica.hours;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hours pages: the back-fill form keeps what was entered and says what is wrong next
 * to each field; the university admin may dispute a back-fill awaiting it; hours read the
 * same everywhere.
 */
class HoursPagesTests extends ApiTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	Hours hours;

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final String REASON = "签到设备故障，现场照片为证";

	@Test
	void aRefusedBackFillKeepsWhatWasEnteredAndNamesTheField() throws Exception {
		World world = world();
		Served served = served(world);
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		MockMultipartFile fake = new MockMultipartFile("evidence", "renamed.png", "image/png",
				"this is not a picture".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(as(served.student(), multipart("/me/hours/backfills").file(fake)).cookie(ENGLISH)
				.param("projectId", served.project())
				.param("date", yesterday)
				.param("hours", "2.5")
				.param("reason", REASON))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The evidence must be a JPEG, PNG or PDF file.")))
			.andExpect(content().string(containsString("id=\"evidence-again\"")))
			.andExpect(content().string(containsString("value=\"" + yesterday + "\"")))
			.andExpect(content().string(containsString("value=\"2.5\"")))
			.andExpect(content().string(containsString("value=\"" + REASON + "\"")));

		this.mvc
			.perform(as(served.student(), multipart("/me/hours/backfills").file(png())).cookie(ENGLISH)
				.param("projectId", served.project())
				.param("date", yesterday)
				.param("hours", "30")
				.param("reason", REASON))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hours must be between 0 and 24.")))
			.andExpect(content().string(containsString("value=\"30\"")));
		this.mvc.perform(as(served.student(), get("/me/hours")).cookie(ENGLISH))
			.andExpect(content().string(not(containsString(REASON))));
	}

	@Test
	void missingBackFillFieldsGetFieldMessagesNotTheErrorPage() throws Exception {
		World world = world();
		Served served = served(world);
		this.mvc
			.perform(as(served.student(), multipart("/me/hours/backfills")).cookie(ENGLISH)
				.param("projectId", served.project())
				.param("hours", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the date you served.")))
			.andExpect(content().string(containsString("This value is not valid.")))
			.andExpect(content().string(containsString("Give a reason.")))
			.andExpect(content().string(containsString("id=\"backfill-form\"")));
		this.mvc
			.perform(as(served.student(), multipart("/me/hours/backfills").file(png())).cookie(ENGLISH)
				.param("projectId", served.project())
				.param("date", LocalDate.now(this.clock).minusDays(1).toString())
				.param("hours", "2")
				.param("reason", REASON))
			.andExpect(redirectedUrl("/me/hours"))
			.andExpect(flash().attribute("flash", "hours.backfill.sent"));
	}

	@Test
	void theUniversityAdminDisputesABackFillAwaitingItButNotAttendance() throws Exception {
		World world = world();
		World other = world();
		Served served = served(world);
		String backfill = read(this.mvc.perform(multipart("/api/v1/hours/backfills").file(png())
			.param("projectId", served.project())
			.param("date", LocalDate.now(this.clock).minusDays(1).toString())
			.param("hours", "3")
			.param("reason", REASON)
			.header("Authorization", "Bearer " + token(served.student()))), "$.id");
		String university = token(world.universityAdmin());
		postAs(university, "{\"reason\":\"照片不清楚\"}", "/api/v1/hours/{id}/dispute", backfill)
			.andExpect(status().isForbidden());
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", backfill).andExpect(status().isOk());

		postAs(university, "{\"reason\":\"照片不清楚\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isForbidden());
		postAs(token(other.universityAdmin()), "{\"reason\":\"照片不清楚\"}", "/api/v1/hours/{id}/dispute", backfill)
			.andExpect(status().isNotFound());
		postAs(token(world.collegeAdmin()), "{\"reason\":\"照片不清楚\"}", "/api/v1/hours/{id}/dispute", backfill)
			.andExpect(status().isForbidden());

		this.mvc.perform(as(world.universityAdmin(), get("/hours/pending")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dispute-" + backfill + "\"")))
			.andExpect(content().string(not(containsString("id=\"correct-" + backfill + "\""))));
		this.mvc.perform(as(world.universityAdmin(), post("/hours/" + backfill + "/dispute")).param("reason", "照片不清楚"))
			.andExpect(redirectedUrl("/hours/pending"))
			.andExpect(flash().attribute("flash", "hours.disputed"));
		getAs(university, "/api/v1/hours/{id}", backfill).andExpect(jsonPath("$.status").value("DISPUTED"))
			.andExpect(jsonPath("$.disputeReason").value("照片不清楚"));
		this.mvc.perform(as(world.universityAdmin(), post("/hours/" + backfill + "/dispute")).param("reason", "再次异议"))
			.andExpect(status().isForbidden());
		// the university's refusal is final: neither side verifies the back-fill any more
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", backfill)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("The university has refused this back-fill; the student can send a new one."));
		postAs(university, null, "/api/v1/hours/{id}/verify", backfill).andExpect(status().isConflict());
		postAs(token(world.communityAdmin()), null, "/api/v1/hours/{id}/verify", served.entry())
			.andExpect(status().isOk());
		this.mvc
			.perform(as(world.communityAdmin(), post("/hours/" + served.entry() + "/dispute")).param("reason", "迟到")
				.header("Referer", "http://localhost/hours/pending"))
			.andExpect(redirectedUrl("/hours/pending"))
			.andExpect(flash().attributeExists("failure"));
	}

	@Test
	void thePendingPageLabelsTheCorrectionAndHoursReadTheSameEverywhere() throws Exception {
		World world = world();
		Served served = served(world);
		this.mvc.perform(as(world.communityAdmin(), get("/hours/pending")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fw-semibold\">1.5</span>")))
			.andExpect(content().string(not(containsString("1.50"))))
			.andExpect(content().string(containsString("for=\"correct-hours-" + served.entry() + "\"")))
			.andExpect(content().string(containsString("placeholder=\"Hours\"")))
			.andExpect(content().string(containsString("text-nowrap")));
		this.mvc.perform(as(served.student(), get("/me/hours")).cookie(ENGLISH))
			.andExpect(content().string(containsString("text-nowrap\">1.5</td>")))
			.andExpect(content().string(containsString("hours-status text-bg-warning")));
		postAs(token(world.communityAdmin()), "{\"reason\":\"提前离开\"}", "/api/v1/hours/{id}/dispute", served.entry())
			.andExpect(status().isOk());
		this.mvc.perform(as(served.student(), get("/me/hours")).cookie(ENGLISH))
			.andExpect(content().string(containsString("hours-status text-bg-danger")))
			.andExpect(content().string(not(containsString("hours-status text-bg-warning"))));
	}

	@Test
	void theQueueFlagsEntriesOfZeroHoursMoreThanADayAndLongerThanTheirShift() throws Exception {
		World world = world();
		Served served = served(world);
		String community = token(world.communityAdmin());
		HoursEntry zero = this.hours.recordAttendance(served.student().getId(), Long.valueOf(served.project()),
				Long.valueOf(served.shift()), LocalDate.of(2026, 11, 11), java.math.BigDecimal.ZERO, "test");
		String backfill = read(this.mvc
			.perform(multipart("/api/v1/hours/backfills").file(png())
				.param("projectId", served.project())
				.param("date", "2026-11-01")
				.param("hours", "24")
				.param("reason", REASON)
				.header("Authorization", "Bearer " + token(served.student())))
			.andExpect(status().isCreated()), "$.id");
		// the shift lasted two hours
		String corrected = read(
				postAs(community, "{\"hours\":3,\"reason\":\"多记了\"}", "/api/v1/hours/{id}/corrections", served.entry())
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.flags[0]").value("LONGER_THAN_THE_SHIFT")),
				"$.id");

		this.mvc.perform(as(world.communityAdmin(), get("/hours/pending")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"flags-explain\"")))
			.andExpect(content().string(containsString("data-flag=\"ZERO_HOURS\">0 hours</span>")))
			.andExpect(content()
				.string(containsString("data-flag=\"LONGER_THAN_A_DAY\">More than 12 h in one day</span>")))
			.andExpect(content()
				.string(containsString("data-flag=\"LONGER_THAN_THE_SHIFT\">Longer than the shift</span>")));
		this.mvc.perform(as(world.communityAdmin(), get("/hours/pending")).locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("单日超过 12 小时")));
		getAs(community, "/api/v1/hours?status=PENDING&size=50")
			.andExpect(jsonPath("$.items[?(@.id == '" + zero.getId() + "')].flags[0]").value("ZERO_HOURS"))
			.andExpect(jsonPath("$.items[?(@.id == '" + backfill + "')].flags[0]").value("LONGER_THAN_A_DAY"))
			.andExpect(jsonPath("$.items[?(@.id == '" + corrected + "')].flags[0]").value("LONGER_THAN_THE_SHIFT"));
	}

	private static MockMultipartFile png() {
		return new MockMultipartFile("evidence", "photo.png", "image/png", HoursApiTests.PNG);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
