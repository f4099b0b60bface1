package org.practica.evaluation;

import org.practica.ApiTestSupport;
import org.practica.directory.Account;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Completed projects to rate: a world whose project a student served on (with verified
 * hours), completed by the community admin, its window opened.
 */
abstract class EvaluationTestSupport extends ApiTestSupport {

	/**
	 * A completed project of a world with a student who has verified hours on it.
	 *
	 * @param world the world
	 * @param project the completed project
	 * @param student the student with verified hours, a member of the team
	 */
	record Completed(World world, String project, Account student) {
	}

	protected Completed completed() throws Exception {
		return completed(world());
	}

	protected Completed completed(World world) throws Exception {
		Served served = served(world);
		String community = token(world.communityAdmin());
		postAs(community, null, "/api/v1/hours/{id}/verify", served.entry()).andExpect(status().isOk());
		complete(world, served.project());
		return new Completed(world, served.project(), served.student());
	}

	protected void complete(World world, String project) throws Exception {
		postAs(token(world.communityAdmin()), null, "/api/v1/projects/{id}/complete", project)
			.andExpect(status().isOk());
		eventsHandled();
	}

	protected static String ofTeam(int score) {
		return """
				{"about":"TEAM","scores":{"PREPARATION":%d,"PUNCTUALITY":%d,"SKILL":%d,"ATTITUDE":%d},
				 "comment":"准备充分，按时到场"}""".formatted(score, score, score, score);
	}

	protected static String ofCommunity(int score) {
		return """
				{"about":"COMMUNITY","scores":{"CLARITY":%d,"SUPPORT":%d,"SAFETY":%d,"RESPECT":%d},
				 "comment":"任务清楚，现场有人接待"}""".formatted(score, score, score, score);
	}

	protected static String ofStudent(Account student, int score) {
		return """
				{"about":"STUDENT","studentId":"%s","scores":{"PREPARATION":%d,"PUNCTUALITY":%d,"SKILL":%d,"ATTITUDE":%d}}"""
			.formatted(student.getId(), score, score, score, score);
	}

}
