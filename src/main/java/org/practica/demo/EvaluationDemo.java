package org.practica.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.evaluation.Evaluations;
import org.practica.need.Need;
import org.practica.need.NeedRequest;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.OfferRequest;
import org.practica.offer.Offers;
import org.practica.project.Projects;

import org.springframework.stereotype.Component;

/**
 * The evaluations of the demo: a summer safety class of Qingquanshan and the tutoring
 * team, completed and rated by both sides (public), and a first wall painting at Gaoyu,
 * completed and rated by the community only (blind: the painters do not see it until they
 * have rated, or the week is over).
 */
@Component
class EvaluationDemo {

	private final Accounts accounts;

	private final Needs needs;

	private final Offers offers;

	private final Projects projects;

	private final Evaluations evaluations;

	EvaluationDemo(Accounts accounts, Needs needs, Offers offers, Projects projects, Evaluations evaluations) {
		this.accounts = accounts;
		this.needs = needs;
		this.offers = offers;
		this.projects = projects;
		this.evaluations = evaluations;
	}

	void load(Map<String, Organisation> orgs, LocalDate today) {
		CurrentUser qingquanshan = this.accounts.actingAs("qingquanshan");
		CurrentUser tutor = this.accounts.actingAs("tutor");
		Long safety = completed(qingquanshan, tutor, orgs.get("zhuhui.qingquanshan"), orgs.get("hnit.tutor"),
				"暑期防溺水安全课堂", "为社区孩子讲解防溺水知识并演练自救方法，共两场。", "SAFETY_EDUCATION", "安全教育", today.minusDays(40),
				today.minusDays(20));
		this.evaluations.rate(qingquanshan, safety, new Evaluations.Rating("TEAM", null,
				Map.of("PREPARATION", 5, "PUNCTUALITY", 5, "SKILL", 4, "ATTITUDE", 5), "课件准备充分，孩子们听得很认真。"));
		this.evaluations.rate(tutor, safety, new Evaluations.Rating("COMMUNITY", null,
				Map.of("CLARITY", 4, "SUPPORT", 5, "SAFETY", 5, "RESPECT", 5), "社区提前联系家长，场地和救生圈都已备好。"));

		CurrentUser gaoyu = this.accounts.actingAs("gaoyu");
		CurrentUser painter = this.accounts.actingAs("painter");
		Long wall = completed(gaoyu, painter, orgs.get("mingshan.gaoyu.c1"), orgs.get("lnist.paint"), "文化墙彩绘（一期）",
				"在高峪社区一号楼院外墙绘制“邻里守望”主题墙绘。", "WALL_PAINTING", "墙绘", today.minusDays(30), today.minusDays(3));
		this.evaluations.rate(gaoyu, wall, new Evaluations.Rating("TEAM", null,
				Map.of("PREPARATION", 4, "PUNCTUALITY", 3, "SKILL", 5, "ATTITUDE", 4), "画面效果很好，个别队员迟到。"));
	}

	/** A need and an offer matched in the fair, the project completed. */
	private Long completed(CurrentUser community, CurrentUser leader, Organisation communityOrg, Organisation team,
			String title, String description, String direction, String skill, LocalDate from, LocalDate to) {
		Need need = this.needs.create(community, new NeedRequest(communityOrg.getId().toString(), title, description,
				direction, List.of(skill), null, null, null, from, to, 6));
		this.needs.publish(community, need.getId());
		Offer offer = this.offers.create(leader, new OfferRequest(team.getId().toString(), title, description,
				List.of(direction), List.of(skill), 6, from, to, null, null, 20.0));
		this.offers.publish(leader, offer.getId());
		this.projects.markInterest(community, need.getId(), offer.getId());
		Long project = this.projects.markInterest(leader, need.getId(), offer.getId()).getProjectId();
		this.projects.complete(community, project);
		return project;
	}

}
