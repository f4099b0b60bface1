package org.practica.notification;

/**
 * What a notice is about, which is what a person chooses mail for: each category goes by
 * mail immediately, in a daily digest, or never.
 */
public enum NoticeCategory {

	/** A shift tomorrow, hours waiting for verification, an agreement about to expire. */
	REMINDERS,

	/** A sign-up confirmed, promoted from the waitlist, cancelled or assigned. */
	SIGNUPS,

	/** Hours verified, disputed or corrected. */
	HOURS,

	/** Interest marked at the selection fair, projects proposed or created. */
	FAIR,

	/** Anything else an organisation's admin hears about its work. */
	ORGANISATION;

}
