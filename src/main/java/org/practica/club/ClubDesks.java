package org.practica.club;

import java.util.List;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home page's workbench shows of clubs: a federation officer's queues, and a
 * club officer's club with the members waiting and the annual reviews returned.
 */
@Service
@Transactional(readOnly = true)
public class ClubDesks {

	private final Clubs clubs;

	private final Funds funds;

	private final ClubStandings standings;

	private final ClubMemberRepository members;

	private final ClubActivities activities;

	ClubDesks(Clubs clubs, Funds funds, ClubStandings standings, ClubMemberRepository members,
			ClubActivities activities) {
		this.activities = activities;
		this.clubs = clubs;
		this.funds = funds;
		this.standings = standings;
		this.members = members;
	}

	/**
	 * The queues of the university's federation: new applications for it to review,
	 * annual reviews (renewals) waiting, fund requests waiting for it, and clubs proposed
	 * for cancellation.
	 */
	public FederationFigures federation(CurrentUser user, Organisation university) {
		List<Club> all = this.clubs.ofUniversity(user, university.getId());
		long applications = this.clubs.awaiting(university.getId(), ReviewStage.FEDERATION)
			.stream()
			.filter(c -> !c.reviewsChange())
			.count();
		long renewals = this.standings.waiting(all.stream().map(Club::getId).toList()).size();
		long fund = this.funds.requestsOf(user, university.getId(), FundRequestStatus.SUBMITTED, null).size();
		long dormant = all.stream().filter(Club::isProposedForCancellation).count();
		return new FederationFigures(university, applications, renewals, fund, dormant);
	}

	/** The clubs the person holds an office in, with what waits for them. */
	public List<OfficerFigures> officer(CurrentUser user) {
		return this.clubs.clubsOf(user.id())
			.stream()
			.filter(m -> m.member().isActive() && m.member().isOfficer())
			.map(m -> new OfficerFigures(m.club(), m.member().getOffice(),
					this.members.liveOf(m.club().getId())
						.stream()
						.filter(x -> x.getStatus() == ClubMember.Status.PENDING)
						.count(),
					this.standings.returned(m.club().getId()).size(),
					this.activities.hoursWaiting(user, m.club()).size()))
			.toList();
	}

	/**
	 * A federation's queues.
	 *
	 * @param university the university
	 * @param applications new applications waiting for the federation
	 * @param renewals annual reviews waiting
	 * @param fundRequests fund requests waiting for the federation
	 * @param dormant clubs proposed for cancellation
	 */
	public record FederationFigures(Organisation university, long applications, long renewals, long fundRequests,
			long dormant) {
	}

	/**
	 * A club officer's club.
	 *
	 * @param club the club
	 * @param office the office held
	 * @param waitingMembers students waiting for approval to join
	 * @param returnedReviews annual reviews returned by the federation
	 * @param hoursWaiting hours of its activities waiting for verification
	 */
	public record OfficerFigures(Club club, Office office, long waitingMembers, long returnedReviews,
			long hoursWaiting) {
	}

}
