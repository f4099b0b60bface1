package org.practica.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Limit limit);

	long countByAccountIdAndReadAtIsNull(Long accountId);

	List<Notification> findByAccountIdAndReadAtIsNull(Long accountId);

	/**
	 * Claims the mail of a notice: 1 when this caller is the one to deal with it, 0 when
	 * it has been dealt with (a delivery run twice at once waits here for the other).
	 */
	@Modifying
	@Query("update Notification n set n.mailHandledAt = :now where n.id = :id and n.mailHandledAt is null")
	int claimMail(Long id, Instant now);

	/**
	 * The notices of a person's digest of a day whose mail has not been dealt with,
	 * locked until the transaction ends (a delivery run twice at once waits here for the
	 * other, and then finds none).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<Notification> findByAccountIdAndDigestDateAndMailHandledAtIsNullOrderByCreatedAtAscIdAsc(Long accountId,
			LocalDate digestDate);

	/** People with notices sent by then that wait for a digest, a batch at a time. */
	@Query("""
			select distinct n.accountId from Notification n
			where n.mail = :mail and n.digestDate is null and n.mailHandledAt is null and n.createdAt <= :sentBy
			order by n.accountId""")
	List<Long> findAccountsAwaitingDigest(MailMode mail, Instant sentBy, Limit limit);

	/** Puts these people's notices sent by then that wait for a digest in the day's. */
	@Modifying
	@Query("""
			update Notification n set n.digestDate = :day
			where n.accountId in :accountIds and n.mail = :mail and n.digestDate is null
			and n.mailHandledAt is null and n.createdAt <= :sentBy""")
	int putInDigest(Collection<Long> accountIds, MailMode mail, Instant sentBy, LocalDate day);

	/** Settles these people's notices of the day's digest without a mail. */
	@Modifying
	@Query("""
			update Notification n set n.mailHandledAt = :now
			where n.accountId in :accountIds and n.digestDate = :day and n.mailHandledAt is null""")
	int settleDigest(Collection<Long> accountIds, LocalDate day, Instant now);

}
