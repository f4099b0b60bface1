package org.practica.club;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an election needs of a club: who were its active members at an instant (the roll),
 * since when it exists, who holds an office, and the handover of an office to the elected
 * member. The caller has checked who may ask.
 */
@Service
@Transactional(readOnly = true)
public class ClubOffices {

	private final ClubRepository clubs;

	private final ClubMemberRepository members;

	private final EntityManager entities;

	private final ApplicationEventPublisher events;

	ClubOffices(ClubRepository clubs, ClubMemberRepository members, EntityManager entities,
			ApplicationEventPublisher events) {
		this.clubs = clubs;
		this.members = members;
		this.entities = entities;
		this.events = events;
	}

	/**
	 * The accounts that were active members of the club at the instant: joined (or
	 * approved) by then and not ended before it; applicants never approved do not count.
	 */
	public List<Long> activeAt(Long clubId, Instant at) {
		return this.entities
			.createQuery("select distinct m.accountId from ClubMember m where m.clubId = :clubId"
					+ " and m.status <> org.practica.club.ClubMember.Status.PENDING and m.joinedAt <= :at"
					+ " and (m.endedAt is null or m.endedAt > :at)"
					+ " and (m.endReason is null or m.endReason <> org.practica.club.ClubMember.EndReason.DECLINED)",
					Long.class)
			.setParameter("clubId", clubId)
			.setParameter("at", at)
			.getResultList();
	}

	/** When the club's first members joined: when it was founded (null: no members). */
	public Instant foundedAt(Long clubId) {
		return this.entities
			.createQuery("select min(m.joinedAt) from ClubMember m where m.clubId = :clubId", Instant.class)
			.setParameter("clubId", clubId)
			.getSingleResult();
	}

	/** The active member's membership, if the account is one. */
	public Optional<ClubMember> activeMember(Long clubId, Long accountId) {
		return this.members.live(clubId, accountId).filter(ClubMember::isActive);
	}

	/** The active members holding the office now. */
	public List<Long> holders(Long clubId, Office office) {
		return this.members.liveOf(clubId)
			.stream()
			.filter(m -> m.isActive() && m.getOffice() == office)
			.map(ClubMember::getAccountId)
			.toList();
	}

	/**
	 * The elected member holds the office from now on: whoever held it before keeps their
	 * membership but no longer the office. Each change is recorded
	 * (ClubOfficerAppointed). 409 when the member is no longer an active member of a
	 * registered club.
	 * @return the accounts that held the office before
	 */
	@Transactional
	public List<Long> handOver(Long clubId, Long accountId, Office office) {
		Club club = this.clubs.lockById(clubId).orElseThrow(Problem::notFound);
		if (!club.getStatus().isRegistered()) {
			throw Problem.conflict("club.officer.not-registered");
		}
		ClubMember elected = activeMember(clubId, accountId)
			.orElseThrow(() -> Problem.conflict("club.officer.not-member"));
		List<Long> previous = new ArrayList<>();
		for (ClubMember other : this.members.liveOf(clubId)) {
			if (other.getOffice() == office && !other.getId().equals(elected.getId())) {
				other.hold(null);
				previous.add(other.getAccountId());
				this.events.publishEvent(new ClubOfficerAppointed(clubId, other.getAccountId(), null));
			}
		}
		elected.hold(office);
		if (office == Office.PRESIDENT) {
			club.presidentMissing(false);
		}
		this.events.publishEvent(new ClubOfficerAppointed(clubId, accountId, office));
		return previous;
	}

}
