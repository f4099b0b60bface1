package org.practica.notification;

import java.time.LocalDate;

/**
 * A person's notices waiting for the daily digest were put in the day's digest, which
 * goes to them as one mail after the commit (retried when sending fails, sent by one
 * instance only).
 *
 * @param accountId the person
 * @param day the digest's day
 */
public record DigestPrepared(Long accountId, LocalDate day) {
}
