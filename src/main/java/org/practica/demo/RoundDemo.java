package org.practica.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.round.MatchingRound;
import org.practica.round.RoundRequest;
import org.practica.round.Rounds;
import org.practica.signup.Shift;

import org.springframework.stereotype.Component;

/**
 * A matching round of Zhuhui District over the upcoming shifts of its communities'
 * recruiting projects, open for three days: 王芳 (wang.fang) has ranked three of them and
 * ticked the consent to waive a priority that only blocks others; 刘洋 (liu.yang) has
 * ranked two without it. Sign in as zhuhui.admin to see it (it runs once it closes), or
 * as zhang.wei to rank.
 */
@Component
class RoundDemo {

	private final Rounds rounds;

	private final Accounts accounts;

	private final Clock clock;

	RoundDemo(Rounds rounds, Accounts accounts, Clock clock) {
		this.rounds = rounds;
		this.accounts = accounts;
		this.clock = clock;
	}

	void load(Organisation district) {
		CurrentUser admin = this.accounts.actingAs("zhuhui.admin");
		List<String> shifts = this.rounds.shiftChoices(admin)
			.stream()
			.map(Shift::getId)
			.map(String::valueOf)
			.limit(4)
			.toList();
		if (shifts.size() < 2) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock).withNano(0);
		MatchingRound round = this.rounds.create(admin, new RoundRequest("珠晖区暑期社区服务匹配", district.getId().toString(),
				shifts, 3, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3))));
		this.rounds.choose(this.accounts.actingAs("wang.fang"), round.getId(),
				shifts.subList(0, 3 <= shifts.size() ? 3 : 2), true);
		this.rounds.choose(this.accounts.actingAs("liu.yang"), round.getId(), List.of(shifts.get(1), shifts.get(0)),
				false);
	}

}
