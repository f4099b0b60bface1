package org.practica.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.practica.support.Problem;
import org.practica.TestClock;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.practica.Refusals.assertRefused;

/**
 * The blind rule on a clock that moves only when told: a rating waits for its
 * counterpart, both are published together when the second comes, a closed window makes
 * whatever is in public, and each side sees its own at once and the other's only once
 * public.
 */
class EvaluationTests {

	private static final Long PROJECT = 7L;

	private static final Long COMMUNITY = 30L;

	private static final Long TEAM = 20L;

	private static final Long COMMUNITY_ADMIN = 100L;

	private static final Long LEADER = 200L;

	private static final Long STUDENT = 300L;

	private final TestClock clock = new TestClock(ZoneId.of("Asia/Shanghai"));

	private final RatingWindow window = new RatingWindow(PROJECT, "墙绘", COMMUNITY, "/1/2/30/", TEAM, "/5/6/20/",
			this.clock.instant(), Duration.ofDays(7));

	private final Viewer community = new Viewer(COMMUNITY_ADMIN, true, false);

	private final Viewer leader = new Viewer(LEADER, false, true);

	private final Viewer student = new Viewer(STUDENT, false, false);

	private final Viewer outsider = new Viewer(999L, false, false);

	@Test
	void theFirstRatingWaitsUnseenByTheOtherSideAndTheSecondPublishesBoth() {
		Evaluation ofTeam = rating(COMMUNITY_ADMIN, RaterRole.COMMUNITY_ADMIN, About.TEAM, TEAM);
		assertThat(ofTeam.publishWith(List.of(), now())).isEmpty();
		assertThat(ofTeam.isPublic(this.window, now())).isFalse();
		assertThat(this.community.sees(ofTeam, this.window, now())).isTrue();
		assertThat(this.leader.sees(ofTeam, this.window, now())).isFalse();
		assertThat(this.outsider.sees(ofTeam, this.window, now())).isFalse();

		this.clock.advance(Duration.ofDays(2));
		Evaluation ofCommunity = rating(LEADER, RaterRole.TEAM_LEADER, About.COMMUNITY, COMMUNITY);
		assertThat(this.community.sees(ofCommunity, this.window, now())).isFalse();
		assertThat(ofCommunity.publishWith(List.of(ofTeam), now())).containsExactlyInAnyOrder(ofTeam, ofCommunity);
		assertThat(ofTeam.getPublishedAt()).isEqualTo(now());
		assertThat(ofCommunity.getPublishedAt()).isEqualTo(now());
		assertThat(this.leader.sees(ofTeam, this.window, now())).isTrue();
		assertThat(this.community.sees(ofCommunity, this.window, now())).isTrue();
		// published is for the parties, not for anyone
		assertThat(this.outsider.sees(ofTeam, this.window, now())).isFalse();
	}

	@Test
	void twoRatingsOfTheSameSideDoNotPublishEachOther() {
		Evaluation first = rating(COMMUNITY_ADMIN, RaterRole.COMMUNITY_ADMIN, About.TEAM, TEAM);
		first.publishWith(List.of(), now());
		Evaluation second = rating(101L, RaterRole.COMMUNITY_ADMIN, About.TEAM, TEAM);
		assertThat(second.publishWith(List.of(first), now())).isEmpty();
		assertThat(first.getPublishedAt()).isNull();
	}

	@Test
	void aSideRatesEachPairOnceSoNobodyAnswersAPublishedRating() {
		Evaluation ofTeam = rating(COMMUNITY_ADMIN, RaterRole.COMMUNITY_ADMIN, About.TEAM, TEAM);
		Evaluation ofCommunity = rating(LEADER, RaterRole.TEAM_LEADER, About.COMMUNITY, COMMUNITY);
		ofCommunity.requireSideFree(List.of(ofTeam));
		ofCommunity.publishWith(List.of(ofTeam), now());
		Evaluation anotherAdmin = rating(101L, RaterRole.COMMUNITY_ADMIN, About.TEAM, TEAM);
		Evaluation anotherLeader = rating(102L, RaterRole.TEAM_LEADER, About.COMMUNITY, COMMUNITY);
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> anotherAdmin.requireSideFree(List.of(ofTeam, ofCommunity)));
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> anotherLeader.requireSideFree(List.of(ofTeam, ofCommunity)));
	}

	@Test
	void aStudentsPairIsTheCommunitysRatingOfThemAndTheirsOfTheCommunity() {
		Evaluation ofStudent = rating(COMMUNITY_ADMIN, RaterRole.COMMUNITY_ADMIN, About.STUDENT, STUDENT);
		Evaluation byStudent = rating(STUDENT, RaterRole.STUDENT, About.COMMUNITY, COMMUNITY);
		Evaluation byLeader = rating(LEADER, RaterRole.TEAM_LEADER, About.COMMUNITY, COMMUNITY);
		assertThat(ofStudent.getPairKey()).isEqualTo("STUDENT:" + STUDENT).isEqualTo(byStudent.getPairKey());
		assertThat(byLeader.getPairKey()).isEqualTo("TEAM");
		assertThat(ofStudent.publishWith(List.of(), now())).isEmpty();
		assertThat(this.student.sees(ofStudent, this.window, now())).isFalse();
		assertThat(byStudent.publishWith(List.of(ofStudent), now())).hasSize(2);
		assertThat(this.student.sees(ofStudent, this.window, now())).isTrue();
	}

	@Test
	void aLoneRatingBecomesPublicWhenTheWindowClosesAndNoneIsTakenAfter() {
		Evaluation ofTeam = rating(COMMUNITY_ADMIN, RaterRole.COMMUNITY_ADMIN, About.TEAM, TEAM);
		ofTeam.publishWith(List.of(), now());
		this.clock.advance(Duration.ofDays(7).minusSeconds(1));
		assertThat(this.window.isOpen(now())).isTrue();
		assertThat(this.leader.sees(ofTeam, this.window, now())).isFalse();
		assertThat(ofTeam.publicSince(this.window, now())).isNull();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.window.isOpen(now())).isFalse();
		assertThat(this.leader.sees(ofTeam, this.window, now())).isTrue();
		assertThat(ofTeam.publicSince(this.window, now())).isEqualTo(this.window.getClosesAt());
		assertRefused(() -> this.window.requireOpen(now()), HttpStatus.CONFLICT, "evaluation.closed");
		// the publication job records it as of the closing time, once
		assertThat(ofTeam.publish(this.window.getClosesAt())).isTrue();
		assertThat(ofTeam.publish(now())).isFalse();
		assertThat(ofTeam.getPublishedAt()).isEqualTo(this.window.getClosesAt());
	}

	@Test
	void eachSideSeesItsOwnSidesRatingsAtOnce() {
		Evaluation byStudent = rating(STUDENT, RaterRole.STUDENT, About.COMMUNITY, COMMUNITY);
		byStudent.publishWith(new ArrayList<>(), now());
		assertThat(this.leader.sees(byStudent, this.window, now())).isTrue();
		assertThat(this.student.sees(byStudent, this.window, now())).isTrue();
		assertThat(this.community.sees(byStudent, this.window, now())).isFalse();
	}

	private Evaluation rating(Long rater, RaterRole role, About about, Long subject) {
		return new Evaluation(PROJECT, rater, role, about, subject, Map.of("A", 4, "B", 5), null, now());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
