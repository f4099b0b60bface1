package org.practica.notification;

/**
 * A notice was sent in a category its person gets by mail at once: the mail goes after
 * the change that caused the notice has committed, through the event publication
 * registry, so that it is retried when sending fails and sent by one instance only.
 *
 * @param notificationId the notice
 * @param accountId the person it is for
 * @param category what it is about
 */
public record ImmediateNoticeSent(Long notificationId, Long accountId, NoticeCategory category) {
}
