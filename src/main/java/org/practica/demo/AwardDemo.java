package org.practica.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.practica.award.AwardCall;
import org.practica.award.AwardCalls;
import org.practica.award.AwardCategory;
import org.practica.award.AwardRequest;
import org.practica.award.Nomination;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.notice.Notice;
import org.practica.notice.Notices;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The awards of the demo: Hunan Institute of Technology's outstanding volunteers of the
 * year, with wang.fang nominated by her college and on public notice, a citizen's
 * objection waiting for the university's decision; and its outstanding teams, taking
 * nominations, with the tutoring team nominated.
 */
@Component
@ConditionalOnBooleanProperty("practica.demo")
class AwardDemo {

	private final AwardCalls calls;

	private final Notices notices;

	private final Accounts accounts;

	AwardDemo(AwardCalls calls, Notices notices, Accounts accounts) {
		this.calls = calls;
		this.notices = notices;
		this.accounts = accounts;
	}

	void load(Map<String, Organisation> orgs, LocalDate today) {
		CurrentUser university = this.accounts.actingAs("hnit.admin");
		CurrentUser college = this.accounts.actingAs("hnit.hum.admin");
		Organisation hnit = orgs.get("hnit");
		// the year of wang.fang's earliest verified demo hours (2.5 of them four weeks
		// ago), whatever the day
		int year = today.minusWeeks(4).getYear();
		AwardCall volunteers = this.calls.create(university,
				new AwardRequest(hnit.getId().toString(), year, AwardCategory.VOLUNTEER, year + "年度湖南工学院优秀青年志愿者",
						new BigDecimal("2.5"), null, 3, today.minusDays(7), today.plusDays(14), 5));
		Nomination wang = this.calls.nominate(college, volunteers.getId(),
				this.accounts.actingAs("wang.fang").id().toString(), "王芳同学长期参加清泉山社区“萤火”学业辅导，每周为社区儿童辅导功课，认真负责，深受居民好评。");
		Notice notice = this.calls.shortlist(university, volunteers.getId(),
				java.util.List.of(wang.getId().toString()));
		Long subject = this.notices.view(notice).subjects().get(0).subject().getId();
		this.notices.object(notice.getId(), subject.toString(), "赵建国", "13907340000", "据我了解，该同学部分服务时长为补录，希望核实。",
				"203.0.113.7");
		AwardCall teams = this.calls.create(university,
				new AwardRequest(hnit.getId().toString(), year, AwardCategory.ORGANISATION, year + "年度湖南工学院优秀志愿服务团队",
						null, 0, 2, today.minusDays(3), today.plusDays(21), 5));
		this.calls.nominate(college, teams.getId(), orgs.get("hnit.tutor").getId().toString(),
				"“萤火”学业辅导志愿队常年服务清泉山社区，开展课业辅导与阅读推广。");
	}

}
