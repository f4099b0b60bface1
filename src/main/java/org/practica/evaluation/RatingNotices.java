package org.practica.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.practica.directory.Accounts;
import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;
import org.practica.project.ProjectCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the parties to rate: when a project completes, its window opens and its community
 * admins and team leaders are told to rate; once a day, those of projects completed
 * {@code practica.evaluation.remind-after} ago (5 days) whose side has not rated yet are
 * reminded. Each window's notice and reminder are claimed with a conditional update, so
 * they go once however many instances run and however often the event is delivered.
 */
@Component
class RatingNotices {

	private static final Logger log = LoggerFactory.getLogger(RatingNotices.class);

	private static final int BATCH = 500;

	private final RatingWindows windows;

	private final RatingWindowRepository repository;

	private final EvaluationRepository evaluations;

	private final Accounts accounts;

	private final Notifications notifications;

	private final EvaluationSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RatingNotices(RatingWindows windows, RatingWindowRepository repository, EvaluationRepository evaluations,
			Accounts accounts, Notifications notifications, EvaluationSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.windows = windows;
		this.repository = repository;
		this.evaluations = evaluations;
		this.accounts = accounts;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@ApplicationModuleListener
	void on(ProjectCompleted event) {
		Instant completedAt = (event.completedAt() != null) ? event.completedAt() : this.clock.instant();
		this.windows.open(event.projectId(), event.title(), event.communityId(), event.communityPath(), event.teamId(),
				event.teamPath(), completedAt);
		if (this.repository.claimNotice(event.projectId(), this.clock.instant()) == 0) {
			return;
		}
		String link = "/projects/" + event.projectId();
		for (Long admin : parties(event.communityPath(), event.teamPath())) {
			this.notifications.send(admin, NoticeCategory.REMINDERS, "evaluation.notice.rate", link, event.title());
		}
	}

	/** Every hour of the day, so a reminder comes within the hour after its 5 days. */
	@Scheduled(cron = "${practica.evaluation.remind-cron}", zone = "${practica.zone}")
	void hourly() {
		remind();
	}

	/**
	 * Reminds the sides that have not rated the projects completed long enough ago;
	 * returns how many reminders were sent.
	 */
	int remind() {
		Instant now = this.clock.instant();
		int sent = 0;
		int failed = 0;
		List<RatingWindow> due;
		do {
			due = this.repository.dueForReminder(now.minus(this.settings.remindAfter()), now, Limit.of(BATCH));
			for (RatingWindow window : due) {
				try {
					Integer count = this.transactions.execute(status -> remind(window, now));
					sent += (count == null) ? 0 : count;
				}
				catch (RuntimeException ex) {
					// one window that fails does not hold up the others; the next run
					// tries it again
					failed++;
					log.warn("Could not remind the parties of project {} to rate", window.getProjectId(), ex);
				}
			}
		}
		while (due.size() == BATCH && failed == 0);
		log.info("Rating reminders: {} sent", sent);
		return sent;
	}

	private int remind(RatingWindow window, Instant now) {
		if (this.repository.claimReminder(window.getProjectId(), now) == 0) {
			return 0;
		}
		Set<Long> reminded = new LinkedHashSet<>();
		boolean communityRated = window.hasTeam()
				? this.evaluations.existsByProjectIdAndRaterRoleAndAbout(window.getProjectId(),
						RaterRole.COMMUNITY_ADMIN, About.TEAM)
				: this.evaluations.existsByProjectIdAndRaterRole(window.getProjectId(), RaterRole.COMMUNITY_ADMIN);
		if (!communityRated) {
			reminded.addAll(this.accounts.communityAdminsAt(window.getCommunityPath()));
		}
		if (window.hasTeam()
				&& !this.evaluations.existsByProjectIdAndRaterRole(window.getProjectId(), RaterRole.TEAM_LEADER)) {
			reminded.addAll(this.accounts.adminsAt(window.getTeamPath()));
		}
		LocalDate closes = LocalDate.ofInstant(window.getClosesAt(), zone());
		for (Long person : reminded) {
			this.notifications.send(person, NoticeCategory.REMINDERS, "evaluation.notice.remind",
					"/projects/" + window.getProjectId(), window.getTitle(), closes.toString());
		}
		return reminded.size();
	}

	private Set<Long> parties(String communityPath, String teamPath) {
		Set<Long> people = new LinkedHashSet<>(this.accounts.communityAdminsAt(communityPath));
		if (teamPath != null) {
			people.addAll(this.accounts.adminsAt(teamPath));
		}
		return people;
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

}
