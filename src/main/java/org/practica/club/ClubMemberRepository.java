package org.practica.club;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClubMemberRepository extends org.springframework.data.jpa.repository.JpaRepository<ClubMember, Long> {

	/** The membership that lasts (waiting or active), if any. */
	@Query("select m from ClubMember m where m.clubId = :clubId and m.liveAccountId = :accountId")
	Optional<ClubMember> live(@Param("clubId") Long clubId, @Param("accountId") Long accountId);

	@Query("select m from ClubMember m where m.clubId = :clubId and m.status <> org.practica.club.ClubMember.Status.ENDED order by m.office nulls last, m.joinedAt, m.id")
	List<ClubMember> liveOf(@Param("clubId") Long clubId);

	@Query("select m from ClubMember m where m.accountId = :accountId and m.status <> org.practica.club.ClubMember.Status.ENDED order by m.joinedAt, m.id")
	List<ClubMember> liveFor(@Param("accountId") Long accountId);

	@Query("select count(m) from ClubMember m where m.clubId = :clubId and m.status = org.practica.club.ClubMember.Status.ACTIVE")
	long countActive(@Param("clubId") Long clubId);

	@Query("select count(m) > 0 from ClubMember m where m.clubId = :clubId and m.status = org.practica.club.ClubMember.Status.ACTIVE and m.office = org.practica.club.Office.PRESIDENT")
	boolean hasPresident(@Param("clubId") Long clubId);

	/**
	 * Active memberships after the given id, a batch at a time, for the graduation sweep.
	 */
	@Query("select m from ClubMember m where m.status <> org.practica.club.ClubMember.Status.ENDED and m.id > :after order by m.id")
	List<ClubMember> liveAfter(@Param("after") Long after, Limit limit);

	/** Everyone who has been an active member of the club, past members included. */
	@Query("select distinct m.accountId from ClubMember m where m.clubId = :clubId and m.joinedAt is not null and (m.status = org.practica.club.ClubMember.Status.ACTIVE or m.endReason in (org.practica.club.ClubMember.EndReason.LEFT, org.practica.club.ClubMember.EndReason.REMOVED, org.practica.club.ClubMember.EndReason.GRADUATED, org.practica.club.ClubMember.EndReason.CLUB_CLOSED))")
	List<Long> accountsOf(@Param("clubId") Long clubId);

	@Query("select m from ClubMember m where m.clubId in :clubIds and m.status <> org.practica.club.ClubMember.Status.ENDED")
	List<ClubMember> liveOfClubs(@Param("clubIds") Collection<Long> clubIds);

}
