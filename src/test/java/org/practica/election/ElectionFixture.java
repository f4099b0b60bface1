package org.practica.election;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.practica.ApiTestSupport;
import org.practica.TestClock;
import org.practica.club.Charter;
import org.practica.club.Club;
import org.practica.club.ClubApplication;
import org.practica.club.ClubCategory;
import org.practica.club.Clubs;
import org.practica.club.Office;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.NewAccount;
import org.practica.directory.NewOrganisation;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;

/**
 * A university with its federation officer and admin, an active club with members, and
 * elections moved along their timeline with the test clock.
 */
class ElectionFixture {

	private final Organisations organisations;

	private final Accounts accounts;

	private final Clubs clubs;

	private final Elections elections;

	private final TestClock clock;

	ElectionFixture(Organisations organisations, Accounts accounts, Clubs clubs, Elections elections, TestClock clock) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.clubs = clubs;
		this.elections = elections;
		this.clock = clock;
	}

	/** From the one sequence every test's names come from. */
	static String unique(String prefix) {
		return ApiTestSupport.unique(prefix);
	}

	CurrentUser as(Account account) {
		return this.accounts.actingAs(account.getUsername());
	}

	Organisation org(String name, OrganisationKind kind, Organisation parent) {
		return this.organisations.create(this.accounts.actingAs("admin"), new NewOrganisation(unique(name), kind,
				parent == null ? null : parent.getId().toString(), null, null, null));
	}

	Account user(Role role, Organisation organisation) {
		return this.accounts.create(this.accounts.actingAs("admin"),
				new NewAccount(unique(role.name().toLowerCase().replace('_', '.')), ApiTestSupport.PASSWORD,
						unique("成员"), role, organisation.getId().toString(), role == Role.STUDENT ? unique("S") : null,
						null, List.of(), null));
	}

	/**
	 * An active club of a new university with the given number of members (at least 5).
	 */
	Setup club(int size) {
		Organisation university = org("University", OrganisationKind.UNIVERSITY, null);
		Organisation college = org("College", OrganisationKind.COLLEGE, university);
		Account officer = user(Role.FEDERATION_OFFICER, university);
		Account admin = user(Role.UNIVERSITY_ADMIN, university);
		Account instructor = user(Role.COLLEGE_ADMIN, college);
		List<Account> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			members.add(user(Role.STUDENT, college));
		}
		String name = unique("读书会");
		Club club = this.clubs.recordExisting(as(admin),
				new ClubApplication(university.getId().toString(), name, ClubCategory.ACADEMIC, "读书与交流",
						new Charter(name, "以书会友", "会员有参加活动的权利和遵守章程的义务", "社长由会员大会选举产生", "经费公开，专款专用", "经会员大会决议并报社联批准后终止"),
						members.subList(0, 5).stream().map(a -> a.getId().toString()).toList(),
						List.of(instructor.getId().toString())));
		for (Account member : members.subList(5, size)) {
			this.clubs.join(as(member), club.getId());
		}
		return new Setup(university, college, officer, admin, club, members);
	}

	/**
	 * An election for president: cut-off now, nominations a day, voting from day 2 to day
	 * 5.
	 */
	Election call(Setup s, Election.Method method, Election.TieRule tie) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		return this.elections.call(as(s.officer()), s.club().getId(), new ElectionCall(Office.PRESIDENT, now,
				now.plusDays(1), now.plusDays(2), now.plusDays(5), method, tie));
	}

	/** The members stand; after nominations all are found eligible and published. */
	List<Candidate> candidates(Setup s, Election election, List<Account> standing) {
		List<Candidate> candidates = new ArrayList<>();
		for (Account member : standing) {
			candidates.add(this.elections.nominate(as(member), election.getId(), "我会把读书会办得更好"));
		}
		afterNominations(election);
		for (Candidate candidate : candidates) {
			this.elections.decide(as(s.officer()), election.getId(), candidate.getId(), true, null);
		}
		this.elections.publishCandidates(as(s.officer()), election.getId());
		return candidates;
	}

	void afterNominations(Election election) {
		this.clock.setTo(election.getNominationsClose().plus(Duration.ofMinutes(1)));
		this.elections.settle(election.getId());
	}

	void open(Election election) {
		this.clock.setTo(election.getOpensAt().plus(Duration.ofMinutes(1)));
	}

	void close(Election election) {
		this.clock.setTo(election.getClosesAt().plus(Duration.ofMinutes(1)));
		this.elections.settle(election.getId());
	}

	/** An election with the given members standing, open for voting. */
	Running running(Setup s, Election.Method method, Election.TieRule tie, int standing) {
		Election election = call(s, method, tie);
		List<Candidate> candidates = candidates(s, election, s.members().subList(0, standing));
		open(election);
		return new Running(election, candidates);
	}

	Instant now() {
		return this.clock.instant();
	}

	record Setup(Organisation university, Organisation college, Account officer, Account universityAdmin, Club club,
			List<Account> members) {
	}

	record Running(Election election, List<Candidate> candidates) {

		Long id() {
			return this.election.getId();
		}

	}

}
