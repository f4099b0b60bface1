package org.practica.partnership;

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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin drafts, signs, renews an agreement, attaches a scan and opens a base on its
 * pages, in both languages; the other party sees it, outsiders do not.
 */
class AgreementPagesTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	private static final Cookie CHINESE = new Cookie("practica-lang", "zh-CN");

	@Test
	void anAdminRunsAnAgreementThroughItsPages() throws Exception {
		World world = world();
		World intruder = world();
		Account admin = world.universityAdmin();
		LocalDate today = LocalDate.now(this.clock);
		this.mvc.perform(as(admin, get("/agreements")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("new-agreement")))
			.andExpect(content().string(containsString("nav-agreements")));
		this.mvc.perform(as(admin, get("/agreements/new")).cookie(ENGLISH))
			.andExpect(status().isOk())
			// the university itself is the first choice on its side, before its colleges
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"universitySideId\"[^>]*>\\s*<option value=\"" + world.university().getId() + "\".*")));
		this.mvc
			.perform(as(admin, post("/agreements")).param("kind", "COMMUNITY_COLLEGE")
				.param("title", "共建社区学院")
				.param("universitySideId", world.university().getId().toString())
				.param("localSideId", world.district().getId().toString())
				.param("startsOn", today.toString())
				.param("endsOn", today.minusDays(1).toString())
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end must come after the start.")));
		this.mvc
			.perform(as(admin, post("/agreements")).param("kind", "COMMUNITY_COLLEGE")
				.param("title", " ")
				.param("universitySideId", world.university().getId().toString())
				.param("localSideId", world.district().getId().toString())
				.param("startsOn", today.toString())
				.param("endsOn", "")
				.cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写协议标题。")))
			.andExpect(content().string(containsString("请填写结束日期。")));
		String location = this.mvc
			.perform(as(admin, post("/agreements")).param("kind", "COMMUNITY_COLLEGE")
				.param("title", "共建社区学院")
				.param("universitySideId", world.university().getId().toString())
				.param("localSideId", world.district().getId().toString())
				.param("startsOn", today.minusDays(10).toString())
				.param("endsOn", today.plusDays(40).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/agreements/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as(admin, get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sign-form")))
			.andExpect(content().string(containsString("Draft")))
			.andExpect(
					content().string(containsString("class=\"badge fs-6 text-bg-secondary\" id=\"agreement-status\"")))
			.andExpect(content().string(containsString("Community college")));
		this.mvc
			.perform(as(admin, post(location + "/sign")).param("signedOn", today.plusDays(2).toString())
				.param("signatories", "王校长"))
			.andExpect(flash().attribute("agreementError", "agreement.signed.future"));
		this.mvc
			.perform(as(world.districtAdmin(), post(location + "/sign")).param("signedOn", today.toString())
				.param("signatories", "李书记"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "agreement.signed"));
		// one party's signature: the other side is shown that the agreement waits for it
		this.mvc.perform(as(world.districtAdmin(), get(location)).cookie(ENGLISH))
			.andExpect(content().string(containsString("Awaiting the other party")))
			.andExpect(content().string(containsString("awaits the other party&#39;s signature")))
			.andExpect(content().string(not(containsString("sign-form"))))
			.andExpect(content().string(not(containsString("base-form"))));
		this.mvc.perform(as(admin, get(location)).cookie(ENGLISH))
			.andExpect(content()
				.string(containsString("The other party has signed: the agreement awaits your signature.")))
			.andExpect(content().string(containsString("sign-form")));
		this.mvc
			.perform(
					as(admin, post(location + "/sign")).param("signedOn", today.toString()).param("signatories", "王校长"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "agreement.signed"));
		this.mvc.perform(as(admin, get(location)).cookie(CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("即将到期")))
			.andExpect(content().string(containsString("class=\"badge fs-6 text-bg-warning\" id=\"agreement-status\"")))
			.andExpect(content().string(containsString("data-confirm=\"确定终止该协议吗？终止后无法恢复。\"")))
			.andExpect(content().string(containsString("社区学院")))
			.andExpect(content().string(containsString("renew-form")));
		this.mvc.perform(as(admin, post(location + "/renew")).param("endsOn", today.plusYears(3).toString()))
			.andExpect(flash().attribute("flash", "agreement.renewed"));
		byte[] pdf = "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(as(admin,
					multipart(location + "/attachments")
						.file(new MockMultipartFile("file", "协议.pdf", "application/pdf", pdf))))
			.andExpect(flash().attribute("flash", "agreement.attached"));
		this.mvc
			.perform(as(admin,
					multipart(location + "/attachments")
						.file(new MockMultipartFile("file", "协议.pdf", "application/pdf", "no".getBytes()))))
			.andExpect(flash().attribute("agreementError", "agreement.file.type"));
		this.mvc
			.perform(as(admin, post(location + "/bases")).param("name", "基".repeat(201))
				.param("address", "珠晖区东风路 1 号")
				.param("latitude", "26.90")
				.param("longitude", "112.62")
				.param("capacity", "25"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("agreementError", "practice-base.name.too-long"));
		this.mvc
			.perform(as(admin, post(location + "/bases")).param("name", "珠晖实践基地")
				.param("address", "珠晖区东风路 1 号")
				.param("latitude", "26.90")
				.param("longitude", "112.62")
				.param("capacity", "25")
				.param("contact", "刘老师"))
			.andExpect(flash().attribute("flash", "practice-base.opened"));
		this.mvc.perform(as(admin, get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Active")))
			.andExpect(content().string(containsString("class=\"badge fs-6 text-bg-success\" id=\"agreement-status\"")))
			.andExpect(content().string(containsString("协议.pdf")))
			.andExpect(content().string(containsString("珠晖实践基地")))
			.andExpect(content().string(containsString("end moved from " + today.plusDays(40))))
			.andExpect(content()
				.string(containsString("Projects: 0 · students taking part (signed up or with any hours): 0")));
		this.mvc.perform(as(admin, get("/agreements")).param("status", "ACTIVE").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"badge text-bg-success\"")))
			.andExpect(content().string(containsString(location)));
		this.mvc.perform(as(admin, get("/agreements")).param("status", "DRAFT").cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"" + location + "\""))));
		this.mvc.perform(as(admin, get("/practice-bases")).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("珠晖实践基地")))
			.andExpect(content().string(containsString(" km")));
		this.mvc.perform(as(world.communityAdmin(), get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("terminate-form"))));
		this.mvc.perform(as(world.communityAdmin(), post(location + "/terminate")).param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(intruder.universityAdmin(), get(location))).andExpect(status().isNotFound());
		// the refusal shows on the agreement's page, translated, instead of a 500
		var refused = this.mvc.perform(as(admin, post(location + "/terminate")).param("reason", "长".repeat(1001)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("agreementError", "agreement.reason.too-long"))
			.andReturn()
			.getResponse();
		this.mvc.perform(as(admin, get(location)).cookie(ENGLISH).cookie(refused.getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The reason may have at most 1,000 characters.")));
		this.mvc.perform(as(admin, post(location + "/terminate")).param("reason", "合作结束"))
			.andExpect(flash().attribute("flash", "agreement.terminated"));
		this.mvc.perform(as(admin, get(location)).cookie(ENGLISH))
			.andExpect(content().string(containsString("class=\"badge fs-6 text-bg-danger\" id=\"agreement-status\"")));
		this.mvc
			.perform(as(admin, post(location + "/renew")).param("endsOn", today.plusYears(9).toString())
				.cookie(ENGLISH)
				.header("Referer", "http://localhost" + location))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("failure", "A terminated agreement cannot be renewed."));
	}

	@Test
	void aProjectsAdminLinksItOnTheAgreementsPage() throws Exception {
		World world = world();
		String project = project(world);
		LocalDate today = LocalDate.now(this.clock);
		String university = token(world.universityAdmin());
		String id = read(postAs(university, AgreementApiTests.agreementJson(world.university(), world.district(),
				today.minusDays(1), today.plusYears(1)), "/api/v1/agreements"), "$.id");
		postAs(university, "{\"signedOn\":\"%s\",\"signatories\":[\"甲\"]}".formatted(today),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isOk());
		postAs(token(world.districtAdmin()), "{\"signedOn\":\"%s\",\"signatories\":[\"乙\"]}".formatted(today),
				"/api/v1/agreements/{id}/sign", id)
			.andExpect(status().isOk());
		String location = "/agreements/" + id;
		this.mvc.perform(as(world.communityAdmin(), get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("link-form")))
			.andExpect(content().string(containsString("value=\"" + project + "\"")));
		this.mvc.perform(as(world.communityAdmin(), post(location + "/projects")).param("projectId", project))
			.andExpect(flash().attribute("flash", "agreement.project-linked"));
		this.mvc.perform(as(world.communityAdmin(), get(location)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("link-form"))))
			.andExpect(content().string(containsString("/projects/" + project)))
			.andExpect(content().string(containsString("Projects: 1")));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(Account account, B request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())))
			.with(csrf());
	}

}
