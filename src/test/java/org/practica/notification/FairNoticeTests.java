package org.practica.notification;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.practica.ApiTestSupport;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * At the selection fair, the other side hears of each interest: the team's leaders when a
 * community wants its offer, the community's admins when a team wants its need, both when
 * it becomes a project; nobody hears of their own interest, and other tenants hear
 * nothing.
 */
class FairNoticeTests extends ApiTestSupport {

	private static final Cookie ENGLISH = new Cookie("practica-lang", "en");

	@Test
	void eachSideHearsOfTheOthersInterestAndOfTheProject() throws Exception {
		World world = world();
		World other = world();
		Account secondLeader = user(Role.TEAM_LEADER, world.team());
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String need = read(
				postAs(community, needJson(world.community(), "课后辅导", "ACADEMIC_SUPPORT", "", 5), "/api/v1/needs"),
				"$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need);
		String offer = read(
				postAs(leader, offerJson(world.team(), "学业辅导服务", "\"ACADEMIC_SUPPORT\"", "", 5), "/api/v1/offers"),
				"$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer);
		String pair = "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}";

		postAs(community, pair, "/api/v1/interests").andExpect(status().isCreated());
		assertThat(keys(world.teamLeader())).containsExactly("notice.interest-from-community");
		assertThat(keys(secondLeader)).containsExactly("notice.interest-from-community");
		assertThat(keys(world.communityAdmin())).isEmpty();
		this.mvc
			.perform(get("/notifications").cookie(ENGLISH)
				.with(SecurityMockMvcRequestPostProcessors
					.user(this.accounts.actingAs(world.teamLeader().getUsername()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(world.community().getName()
					+ " would like your offer “学业辅导服务” for its need “课后辅导”. Answer at the selection fair.")))
			.andExpect(content().string(containsString("href=\"/fair\"")));

		postAs(leader, pair, "/api/v1/interests").andExpect(status().isCreated());
		assertThat(keys(world.communityAdmin())).containsExactly("notice.interest-matched");
		assertThat(keys(world.teamLeader())).containsExactly("notice.interest-from-community");
		assertThat(keys(secondLeader)).containsExactly("notice.interest-matched", "notice.interest-from-community");
		for (Account account : new Account[] { other.teamLeader(), other.communityAdmin(), world.districtAdmin(),
				world.collegeAdmin(), world.student() }) {
			assertThat(keys(account)).isEmpty();
		}
	}

	@Test
	void aCommunityHearsWhenATeamWantsItsNeed() throws Exception {
		World world = world();
		String community = token(world.communityAdmin());
		String leader = token(world.teamLeader());
		String need = read(
				postAs(community, needJson(world.community(), "墙绘", "WALL_PAINTING", "", 5), "/api/v1/needs"), "$.id");
		postAs(community, null, "/api/v1/needs/{id}/publish", need);
		String offer = read(
				postAs(leader, offerJson(world.team(), "彩绘服务", "\"WALL_PAINTING\"", "", 5), "/api/v1/offers"), "$.id");
		postAs(leader, null, "/api/v1/offers/{id}/publish", offer);
		postAs(leader, "{\"needId\":\"" + need + "\",\"offerId\":\"" + offer + "\"}", "/api/v1/interests")
			.andExpect(status().isCreated());
		assertThat(keys(world.communityAdmin())).containsExactly("notice.interest-from-team");
		assertThat(keys(world.teamLeader())).isEmpty();
		assertThat(this.notifications.latest(this.accounts.actingAs(world.communityAdmin().getUsername()))
			.get(0)
			.getArguments()).containsExactly(world.team().getName(), "墙绘", "彩绘服务");
	}

	private List<String> keys(Account account) {
		eventsHandled();
		return this.notifications.latest(this.accounts.actingAs(account.getUsername()))
			.stream()
			.map(Notification::getMessageKey)
			.toList();
	}

}
