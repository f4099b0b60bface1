package org.practica.directory;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's pages offer a person only what they may do: the roles they can give, an
 * import where they have somewhere to import into; and the organisations import page
 * works as the students import page does.
 */
class DirectoryOffersPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final Pattern ROLE_OPTION = Pattern.compile("<option value=\"([A-Z_]+)\"");

	@Test
	void theNewAccountFormOffersOnlyTheRolesThePersonMayGive() throws Exception {
		World world = world();
		assertThat(roles(world.communityAdmin(), "")).containsExactly("COMMUNITY_ADMIN");
		assertThat(roles(world.districtAdmin(), "")).containsExactly("DISTRICT_ADMIN", "STREET_ADMIN",
				"COMMUNITY_ADMIN");
		assertThat(roles(world.teamLeader(), "")).containsExactly("TEAM_LEADER");
		assertThat(roles(world.universityAdmin(), "")).containsExactly("UNIVERSITY_ADMIN", "COLLEGE_ADMIN",
				"TEAM_LEADER", "STUDENT", "FEDERATION_OFFICER", "SERVICE_PROVIDER");
		assertThat(selectedRole(world.universityAdmin(), "?organisationId=" + world.team().getId()))
			.isEqualTo("TEAM_LEADER");
		assertThat(selectedRole(world.universityAdmin(), "?organisationId=" + world.college().getId()))
			.isEqualTo("STUDENT");
		this.mvc.perform(as(world.universityAdmin(), get("/users/new?organisationId=" + world.community().getId())))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(world.student(), get("/users/new"))).andExpect(status().isForbidden());
	}

	@Test
	void anImportIsOfferedOnlyWhereThereIsSomewhereToImportInto() throws Exception {
		World world = world();
		this.mvc.perform(as(world.communityAdmin(), get("/users")))
			.andExpect(content().string(not(containsString("href=\"/users/import\""))));
		this.mvc.perform(as(world.collegeAdmin(), get("/users")))
			.andExpect(content().string(containsString("href=\"/users/import\"")));
		this.mvc.perform(as(world.communityAdmin(), get("/users/import")).cookie(ENGLISH))
			.andExpect(content().string(containsString("You manage no college")))
			.andExpect(content().string(not(containsString("type=\"file\""))));
		this.mvc.perform(as(world.communityAdmin(), get("/organisations/import")).cookie(ENGLISH))
			.andExpect(content().string(containsString("You manage no organisation that others can be added under")))
			.andExpect(content().string(not(containsString("type=\"file\""))));
		this.mvc.perform(as(world.communityAdmin(), get("/organisations")))
			.andExpect(content().string(not(containsString("href=\"/organisations/import\""))));
		this.mvc.perform(as(world.communityAdmin(), get("/organisations/" + world.community().getId())))
			.andExpect(content().string(not(containsString("/organisations/import"))))
			.andExpect(content().string(not(containsString("/organisations/new"))));
		this.mvc.perform(as(world.districtAdmin(), get("/organisations")))
			.andExpect(content().string(containsString("href=\"/organisations/import\"")));
		this.mvc.perform(as(world.districtAdmin(), get("/organisations/" + world.street().getId())))
			.andExpect(content().string(containsString("/organisations/import?parentId=" + world.street().getId())));
		this.mvc
			.perform(as(world.districtAdmin(), get("/organisations/import?parentId=" + world.street().getId()))
				.cookie(ENGLISH))
			.andExpect(content().string(containsString("type=\"file\"")))
			.andExpect(content().string(containsString("value=\"" + world.district().getId() + "\"")))
			.andExpect(content().string(containsString("value=\"" + world.street().getId() + "\" selected")))
			.andExpect(content().string(not(containsString("At the top"))));
	}

	@Test
	void theImportPageListsEveryBadRowOrSaysHowManyWereImported() throws Exception {
		World world = world();
		String name = unique("街道");
		this.mvc
			.perform(as(world.districtAdmin(),
					multipart("/organisations/import")
						.file(new MockMultipartFile("file", "o.csv", "text/csv",
								("name,kind\n" + name + ",STREET\n" + unique("社区") + ",COLLEGE\n")
									.getBytes(StandardCharsets.UTF_8)))
						.param("parentId", world.district().getId().toString()))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported.")))
			.andExpect(content().string(containsString("A college sits under a university.")));
		this.mvc
			.perform(as(world.districtAdmin(),
					multipart("/organisations/import")
						.file(new MockMultipartFile("file", "o.csv", "text/csv",
								("name,kind\n" + name + ",STREET\n").getBytes(StandardCharsets.UTF_8)))
						.param("parentId", world.district().getId().toString())))
			.andExpect(redirectedUrl("/organisations/import?parentId=" + world.district().getId()))
			.andExpect(flash().attribute("imported", 1));
		this.mvc.perform(as(world.communityAdmin(),
				multipart("/organisations/import")
					.file(new MockMultipartFile("file", "o.csv", "text/csv",
							("name,kind\n" + unique("x") + ",STREET\n").getBytes(StandardCharsets.UTF_8)))
					.param("parentId", world.district().getId().toString())))
			.andExpect(status().isForbidden());
	}

	private java.util.List<String> roles(Account account, String query) throws Exception {
		String page = this.mvc.perform(as(account, get("/users/new" + query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String select = page.substring(page.indexOf("id=\"role\""),
				page.indexOf("</select>", page.indexOf("id=\"role\"")));
		java.util.List<String> roles = new java.util.ArrayList<>();
		Matcher matcher = ROLE_OPTION.matcher(select);
		while (matcher.find()) {
			roles.add(matcher.group(1));
		}
		return roles;
	}

	private String selectedRole(Account account, String query) throws Exception {
		String page = this.mvc.perform(as(account, get("/users/new" + query)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = Pattern.compile("<option value=\"([A-Z_]+)\" selected").matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
