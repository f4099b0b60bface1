package org.practica.club;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The club pages in both languages: public to everyone for registered clubs, the
 * application form's refusals, and another university's federation seeing nothing.
 */
class ClubPagesTests extends ClubTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void registeredClubsArePublicAndApplicationsAreNot() throws Exception {
		Federation f = federation();
		String club = active(f);
		openRegistration(f);
		String application = read(
				postAs(token(f.students().get(1)), applicationJson(f, unique("围棋社"),
						ids(f.students().subList(2, 6)).stream().toList().isEmpty() ? java.util.List.of()
								: java.util.List.of(f.students().get(0).getId().toString(),
										f.students().get(2).getId().toString(), f.students().get(3).getId().toString(),
										f.students().get(4).getId().toString()),
						ids(f.instructor())), "/api/v1/clubs"),
				"$.id");
		String name = read(getAs(null, "/api/v1/clubs/{id}", club), "$.name");
		this.mvc.perform(get("/clubs").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/clubs/{id}", club).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Members&#39; rights and duties")))
			.andExpect(content().string(not(containsString("club-members"))));
		this.mvc.perform(get("/clubs/{id}", application)).andExpect(status().isNotFound());
		Federation other = federation();
		this.mvc.perform(as(other.officer(), get("/clubs/{id}", application))).andExpect(status().isNotFound());
		this.mvc
			.perform(as(other.officer(), get("/federation").param("universityId", f.university().getId().toString())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(f.officer(), get("/federation").cookie(ENGLISH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New applications")))
			.andExpect(content().string(containsString(application)));
		this.mvc.perform(as(f.applicant(), get("/clubs/{id}", club).cookie(ENGLISH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("club-members")))
			.andExpect(content().string(containsString("fund-request-form")));
	}

	@Test
	void theApplicationFormNamesWhatIsWrong() throws Exception {
		Federation f = federation();
		openRegistration(f);
		this.mvc.perform(as(f.applicant(), get("/clubs/new").cookie(ENGLISH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("charterDissolution")));
		this.mvc
			.perform(as(f.applicant(), post("/clubs/new")).param("name", unique("合唱团"))
				.param("category", "CULTURE_SPORTS")
				.param("purpose", "唱歌")
				.param("charterName", "合唱团")
				.param("charterPurpose", "唱歌")
				.param("charterRights", "权利义务")
				.param("charterOfficers", "选举")
				.param("charterFinances", "")
				.param("charterDissolution", "终止")
				.param("founders", "nobody.here")
				.param("instructors", f.instructor().getUsername())
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fill in how the club&#39;s money is managed.")));
		this.mvc
			.perform(as(f.applicant(), post("/clubs/new")).param("name", unique("合唱团"))
				.param("category", "CULTURE_SPORTS")
				.param("purpose", "唱歌")
				.param("charterName", "合唱团")
				.param("charterPurpose", "唱歌")
				.param("charterRights", "权利义务")
				.param("charterOfficers", "选举")
				.param("charterFinances", "公开")
				.param("charterDissolution", "终止")
				.param("founders", "nobody.here\n" + f.students().get(1).getUsername())
				.param("instructors", f.instructor().getUsername())
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Founder nobody.here is not a student of this university.")));
		this.mvc
			.perform(as(f.applicant(), post("/clubs/new")).param("name", unique("合唱团"))
				.param("category", "CULTURE_SPORTS")
				.param("purpose", "唱歌")
				.param("charterName", "合唱团")
				.param("charterPurpose", "唱歌")
				.param("charterRights", "权利义务")
				.param("charterOfficers", "选举")
				.param("charterFinances", "公开")
				.param("charterDissolution", "终止")
				.param("founders",
						String.join(",", f.students().subList(1, 5).stream().map(Account::getUsername).toList()))
				.param("instructors", f.instructor().getUsername()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "club.applied"));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
