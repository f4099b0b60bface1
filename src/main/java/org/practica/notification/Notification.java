package org.practica.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A message for one person, shown in the app until read. Its text is a message key with
 * arguments, so it reads in the person's language whenever they look.
 */
@Entity
public class Notification {

	private static final String SEPARATOR = "\u001f";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NoticeCategory category;

	@Column(nullable = false)
	private String messageKey;

	private String arguments;

	private String link;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant readAt;

	/**
	 * How this notice goes by mail, as the person chose for its category when it was
	 * sent; null for notices older than mail, which never go.
	 */
	@Enumerated(EnumType.STRING)
	private MailMode mail;

	/** The day whose digest this notice is in. */
	private LocalDate digestDate;

	/**
	 * When its mail was dealt with: sent, or settled without one (the person has since
	 * chosen no mail, or has no address).
	 */
	private Instant mailHandledAt;

	protected Notification() {
	}

	Notification(Long accountId, NoticeCategory category, MailMode mail, String messageKey, String link, Instant now,
			Object... arguments) {
		this.accountId = accountId;
		this.category = category;
		this.mail = mail;
		this.messageKey = messageKey;
		this.link = link;
		this.createdAt = now;
		this.arguments = String.join(SEPARATOR, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	void read(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	/** Its mail has been dealt with, so it is never mailed (again). */
	void mailHandled(Instant now) {
		if (this.mailHandledAt == null) {
			this.mailHandledAt = now;
		}
	}

	MailMode getMail() {
		return this.mail;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public NoticeCategory getCategory() {
		return this.category;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments == null || this.arguments.isEmpty() ? new Object[0]
				: List.of(this.arguments.split(SEPARATOR)).toArray();
	}

	public String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
