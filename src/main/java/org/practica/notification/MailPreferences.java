package org.practica.notification;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice of mail per category of notices; a category the person has not
 * chosen for has its default ({@link MailMode#defaultFor}).
 */
@Component
class MailPreferences {

	private final JdbcClient jdbc;

	MailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How this person gets this category by mail now. */
	MailMode of(Long accountId, NoticeCategory category) {
		return this.jdbc.sql("select mode from notification_mail_choice where account_id = ? and category = ?")
			.params(accountId, category.name())
			.query(String.class)
			.optional()
			.map(MailMode::valueOf)
			.orElseGet(() -> MailMode.defaultFor(category));
	}

	/** How this person gets every category by mail now, in the categories' order. */
	Map<NoticeCategory, MailMode> of(Long accountId) {
		Map<NoticeCategory, MailMode> modes = new EnumMap<>(NoticeCategory.class);
		for (NoticeCategory category : NoticeCategory.values()) {
			modes.put(category, MailMode.defaultFor(category));
		}
		this.jdbc.sql("select category, mode from notification_mail_choice where account_id = ?")
			.param(accountId)
			.query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
			.list()
			.forEach((choice) -> modes.put(NoticeCategory.valueOf(choice.getKey()),
					MailMode.valueOf(choice.getValue())));
		return modes;
	}

	/**
	 * Records the person's choices for the categories named; the others stay as they
	 * were. Safe when two requests choose at once: the row is made if missing, then set.
	 */
	@Transactional
	void choose(Long accountId, Map<NoticeCategory, MailMode> choices) {
		choices.forEach((category, mode) -> {
			this.jdbc
				.sql("insert into notification_mail_choice (account_id, category, mode) values (?, ?, ?) "
						+ "on conflict do nothing")
				.params(accountId, category.name(), mode.name())
				.update();
			this.jdbc.sql("update notification_mail_choice set mode = ? where account_id = ? and category = ?")
				.params(mode.name(), accountId, category.name())
				.update();
		});
	}

}
