package org.practica.web;

import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People's names are labelled as names of people, destructive buttons say what they
 * destroy and ask first, and the navbar leads the platform admin to the ledger check.
 */
class LabelsAndConfirmationPagesTests extends ApiTestSupport {

	@Test
	void aPersonsNameIsLabelledAsSuchWhereverItIsShown() throws Exception {
		World world = world();
		Served served = served(world);
		this.mvc.perform(as(served.student(), get("/profile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("for=\"displayName\">姓名</label>")));
		this.mvc.perform(as(world.teamLeader(), get("/shifts/" + served.shift())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<th>姓名</th>"), not(containsString("<th>名称</th>")))));
		this.mvc.perform(as(world.teamLeader(), get("/shifts/" + served.shift() + "/attendance")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<th>姓名</th>"), not(containsString("<th>名称</th>")))));
		Account admin = this.accounts.find(this.accounts.actingAs("admin").id()).orElseThrow();
		this.mvc.perform(as(world.universityAdmin(), get("/users")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th>姓名</th>")));
		this.mvc.perform(as(admin, get("/organisations/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">名称</label>")));
	}

	@Test
	void cancellingAProjectSaysSoAndAsksFirst() throws Exception {
		World world = world();
		String project = project(world);
		this.mvc.perform(as(world.teamLeader(), get("/projects/" + project)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">取消项目</button>")))
			.andExpect(content().string(containsString("data-confirm=\"确定取消整个项目吗？取消后无法恢复。\"")))
			.andExpect(content().string(containsString("data-confirm=\"确定将项目标记为完成吗？完成后无法恢复。\"")));
	}

	@Test
	void theDashboardSaysItCountsStudentsWithVerifiedHours() throws Exception {
		World world = world();
		this.mvc.perform(as(world.communityAdmin(), get("/reports")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有已核验时长的学生")));
	}

	@Test
	void thePlatformAdminFindsTheLedgerCheckInTheNavbar() throws Exception {
		World world = world();
		Account admin = this.accounts.find(this.accounts.actingAs("admin").id()).orElseThrow();
		this.mvc.perform(as(admin, get("/")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/ledger\" id=\"nav-ledger\">账本校验</a>")));
		this.mvc.perform(as(world.communityAdmin(), get("/")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"nav-manage-menu\""), not(containsString("/admin/ledger")))));
		this.mvc.perform(as(world.student(), get("/")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"nav-certificates\""), not(containsString("nav-manage-menu")))));
	}

	private MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
		return request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.actingAs(account.getUsername())));
	}

}
