package org.practica.signup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Role;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shift finder offers a student the shifts they may join, open and not started, with
 * a free seat or a place on the waitlist, and narrows them by text, direction, dates,
 * distance from the campus and free seats; as a list (pages and API) and as a month's
 * calendar. My sign-ups list the shifts to come first.
 */
class ShiftFinderTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void theFinderNarrowsByTextDirectionDatesDistanceAndFreeSeats() throws Exception {
		Place place = place();
		String tag = unique("tag");
		String student = token(place.student());
		String near = shift(place, place.near(), "PUBLICITY", tag + " 宣传 near", 24, 2, null);
		String far = shift(place, place.far(), "PUBLICITY", tag + " 宣传 far", 48, 2, null);
		String care = shift(place, place.near(), "ELDERLY_CARE", tag + " 助老", 24 * 5, 2, "敬老院");
		String full = shift(place, place.near(), "ELDERLY_CARE", tag + " 满员", 24 * 6, 1, null);
		postAs(token(user(Role.STUDENT, place.college())), null, "/api/v1/shifts/{id}/signups", full)
			.andExpect(status().isCreated());

		assertThat(found(student, "q=" + tag)).containsExactly(near, far, care, full);
		assertThat(found(student, "q=" + tag + "&direction=PUBLICITY")).containsExactly(near, far);
		// a top-level direction finds the finer ones under it
		assertThat(found(student, "q=" + tag + "&direction=VOLUNTEER_SERVICE")).containsExactly(care, full);
		assertThat(found(student, "q=" + tag + "&from=2026-11-13&to=2026-11-16")).containsExactly(far, care);
		assertThat(found(student, "q=" + tag + "&withinKm=10")).containsExactly(near, care, full);
		assertThat(found(student, "q=" + tag + "&freeSeatsOnly=true")).containsExactly(near, far, care);
		// the address and the project's title are searched too
		assertThat(found(student, "q=敬老院&withinKm=5")).containsExactly(care);

		getAs(student, "/api/v1/shifts?q=" + tag + "&withinKm=10").andExpect(jsonPath("$.items[0].id").value(near))
			.andExpect(jsonPath("$.items[0].distanceKm").value(2.0))
			.andExpect(jsonPath("$.items[0].direction").value("PUBLICITY"))
			.andExpect(jsonPath("$.items[2].seatsLeft").value(0))
			.andExpect(jsonPath("$.total").value(3));
		getAs(student, "/api/v1/shifts?from=2026-12-01&to=2026-11-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		getAs(student, "/api/v1/shifts?withinKm=0").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("withinKm"));
		getAs(token(place.districtAdmin()), "/api/v1/shifts").andExpect(status().isForbidden());
	}

	@Test
	void onlyShiftsAStudentMayJoinAreOffered() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String teamShift = shift(leader, project, 24, 3);
		String started = shift(leader, project, 0, 3);
		Account member = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), member.getId());
		Account outsider = user(Role.STUDENT, world.college());

		assertThat(found(token(member), "")).contains(teamShift).doesNotContain(started);
		// a team's project is its members' only
		assertThat(found(token(outsider), "")).doesNotContain(teamShift);

		postAs(leader, null, "/api/v1/projects/{id}/complete", project).andExpect(status().isOk());
		eventsHandled();
		assertThat(found(token(member), "")).doesNotContain(teamShift);
	}

	@Test
	void theFinderPageShowsAListAndAMonthsCalendarAndNamesAFilterItCannotTake() throws Exception {
		Place place = place();
		String tag = unique("日历");
		String shift = shift(place, place.near(), "PUBLICITY", tag, 24 * 7, 3, "社区活动室");
		String december = shift(place, place.near(), "PUBLICITY", tag + " 十二月", 24 * 30, 3, null);

		String list = page(place.student(), "/shifts?q=" + tag);
		assertThat(list).contains("href=\"/shifts/" + shift + "\"", "href=\"/shifts/" + december + "\"",
				"3 of 3 seats left", "2.0 km");

		String month = page(place.student(), "/shifts?view=calendar&q=" + tag);
		assertThat(month).contains("November 2026", "data-date=\"2026-11-18\"");
		String day = month.substring(month.indexOf("data-date=\"2026-11-18\""),
				month.indexOf("data-date=\"2026-11-19\""));
		assertThat(day).contains("href=\"/shifts/" + shift + "\"", "10:00", tag);
		assertThat(month).containsPattern("has-shifts\"\\s+data-date=\"2026-11-18\"");
		assertThat(month).doesNotContain("/shifts/" + december + "\"")
			.containsPattern("id=\"next-month\"[^>]*month=2026-12|month=2026-12[^>]*id=\"next-month\"");
		assertThat(page(place.student(), "/shifts?view=calendar&month=2026-12&q=" + tag)).contains("December 2026",
				"href=\"/shifts/" + december + "\"");

		String refused = page(place.student(), "/shifts?q=" + tag + "&from=2026-13-01&withinKm=far");
		assertThat(refused).contains("From: This is not a date.",
				"Distance: Choose a distance of more than 0 and at most 500 km.", "href=\"/shifts/" + shift + "\"");
	}

	@Test
	void mySignUpsListTheShiftsToComeFirstThenThoseThatHaveEnded() throws Exception {
		World world = world();
		String leader = token(world.teamLeader());
		String project = project(world);
		String past = shift(leader, project, 2, 3);
		String later = shift(leader, project, 72, 3);
		String sooner = shift(leader, project, 26, 3);
		String pastEarlier = shift(leader, project, 0, 3);
		Account student = user(Role.STUDENT, world.college());
		this.accounts.addMember(admin(), world.team().getId(), student.getId());
		String token = token(student);
		for (String shift : List.of(pastEarlier, past, later, sooner)) {
			postAs(token, null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated());
		}
		this.clock.advance(java.time.Duration.ofHours(5));

		String body = getAs(token, "/api/v1/me/signups").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].shiftId")).containsExactly(sooner, later, past,
				pastEarlier);
		String html = page(student, "/me/signups");
		assertThat(html.indexOf("/shifts/" + sooner + "\"")).isLessThan(html.indexOf("/shifts/" + later + "\""));
		assertThat(html.indexOf("/shifts/" + later + "\"")).isLessThan(html.indexOf("id=\"signups-past\""));
		assertThat(html.indexOf("id=\"signups-past\"")).isLessThan(html.indexOf("/shifts/" + past + "\""));
		assertThat(html.indexOf("/shifts/" + past + "\"")).isLessThan(html.indexOf("/shifts/" + pastEarlier + "\""));
	}

	/** The ids of the shifts the finder's API offers the student, in its order. */
	private List<String> found(String token, String query) throws Exception {
		String body = getAs(token, "/api/v1/shifts?size=200&" + query).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].id");
	}

	private String page(Account account, String url) throws Exception {
		return this.mvc
			.perform(get(url).cookie(ENGLISH)
				.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername()))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("<")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A campus at a place of its own, with a college, a student, and two communities of a
	 * district admin: one 2 km north of it, one 60 km north.
	 */
	private Place place() {
		double latitude = ThreadLocalRandom.current().nextDouble(22, 45);
		double longitude = ThreadLocalRandom.current().nextDouble(85, 125);
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null, latitude, longitude);
		Organisation college = org("College", OrganisationKind.COLLEGE, university, null, null);
		Organisation district = org("District", OrganisationKind.DISTRICT, null, latitude, longitude);
		Organisation near = org("Near", OrganisationKind.COMMUNITY,
				org("Street", OrganisationKind.STREET, district, null, null), latitude + 0.018, longitude);
		Organisation far = org("Far", OrganisationKind.COMMUNITY,
				org("Street", OrganisationKind.STREET, district, null, null), latitude + 0.54, longitude);
		return new Place(college, user(Role.STUDENT, college), near, far, user(Role.DISTRICT_ADMIN, district));
	}

	private record Place(Organisation college, Account student, Organisation near, Organisation far,
			Account districtAdmin) {
	}

	/**
	 * A shift of a new project of the community that recruits individual students, in the
	 * direction, starting the given hours from now.
	 */
	private String shift(Place place, Organisation community, String direction, String title, int startsInHours,
			int capacity, String address) throws Exception {
		String admin = token(place.districtAdmin());
		String need = read(postAs(admin,
				needJson(community, unique("需求"), direction, "", 3, "2026-01-01", "2030-12-31"), "/api/v1/needs"),
				"$.id");
		postAs(admin, null, "/api/v1/needs/{id}/publish", need).andExpect(status().isOk());
		String project = read(postAs(admin, "{\"needId\":\"" + need + "\"}", "/api/v1/projects"), "$.id");
		OffsetDateTime start = OffsetDateTime.now(this.clock).plusHours(startsInHours).withNano(0);
		return read(postAs(admin,
				"""
						{"title":"%s","startsAt":"%s","endsAt":"%s","capacity":%d,"address":%s}
						""".formatted(title, start, start.plusHours(2), capacity,
						address == null ? "null" : "\"" + address + "\""),
				"/api/v1/projects/{id}/shifts", project)
			.andExpect(status().isCreated()), "$.id");
	}

}
