package org.practica.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes what is in when a project's window closes: every rating still waiting for its
 * counterpart becomes public as of the closing time. Each window is claimed with a
 * conditional update in its own transaction, so two instances running at once publish it
 * once. (Until the job has run, readers already treat a closed window's ratings as
 * public.)
 */
@Component
class RatingPublication {

	private static final Logger log = LoggerFactory.getLogger(RatingPublication.class);

	private static final int BATCH = 500;

	private final RatingWindowRepository windows;

	private final EvaluationRepository evaluations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RatingPublication(RatingWindowRepository windows, EvaluationRepository evaluations,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.windows = windows;
		this.evaluations = evaluations;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${practica.evaluation.publish-every}",
			initialDelayString = "${practica.evaluation.publish-every}")
	void scheduled() {
		publishClosed();
	}

	/** Publishes the windows closed by now; returns how many ratings became public. */
	int publishClosed() {
		Instant now = this.clock.instant();
		int published = 0;
		int failed = 0;
		List<Long> closed;
		do {
			closed = this.windows.closedUnpublished(now, Limit.of(BATCH));
			for (Long projectId : closed) {
				try {
					Integer count = this.transactions.execute(status -> publish(projectId, now));
					published += (count == null) ? 0 : count;
				}
				catch (RuntimeException ex) {
					// one window that fails does not hold up the others; the next run
					// tries it again
					failed++;
					log.warn("Could not publish the ratings of project {}", projectId, ex);
				}
			}
		}
		while (closed.size() == BATCH && failed == 0);
		if (published > 0) {
			log.info("Ratings published as their windows closed: {}", published);
		}
		return published;
	}

	private int publish(Long projectId, Instant now) {
		if (this.windows.claimClosing(projectId, now) == 0) {
			return 0;
		}
		RatingWindow window = this.windows.findById(projectId).orElseThrow();
		int published = 0;
		for (Evaluation evaluation : this.evaluations.findByProjectIdAndPublishedAtIsNull(projectId)) {
			if (evaluation.publish(window.getClosesAt())) {
				this.events.publishEvent(EvaluationPublished.of(evaluation));
				published++;
			}
		}
		return published;
	}

}
