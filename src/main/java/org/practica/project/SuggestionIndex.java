package org.practica.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.practica.need.Need;
import org.practica.need.NeedEvent;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.OfferEvent;
import org.practica.offer.Offers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published needs and offers, kept in memory in the shape the scoring reads, so that
 * ranking 100,000 candidates takes milliseconds. Each app instance keeps its own copy: a
 * change made here marks it stale and is read before the next answer; changes made by
 * other instances are read back by their {@code updated_at} every second in the
 * background (with a margin for transactions that commit late); the whole copy is rebuilt
 * every few minutes.
 */
@Component
class SuggestionIndex {

	private static final Logger log = LoggerFactory.getLogger(SuggestionIndex.class);

	private static final int BATCH = 5_000;

	/** How late a transaction may commit after stamping its rows and still be seen. */
	private static final Duration MARGIN = Duration.ofSeconds(5);

	private final Needs needs;

	private final Offers offers;

	private final Clock clock;

	private final TeamRatings ratings;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile Map<Long, Listing> publishedNeeds = new ConcurrentHashMap<>();

	private volatile Map<Long, Listing> publishedOffers = new ConcurrentHashMap<>();

	private volatile Instant watermark;

	private volatile boolean stale = true;

	SuggestionIndex(Needs needs, Offers offers, Clock clock, ObjectProvider<TeamRatings> ratings) {
		this.needs = needs;
		this.offers = offers;
		this.clock = clock;
		this.ratings = ratings.getIfAvailable(() -> TeamRatings.NONE);
	}

	/** The offer's team's rating, or null: see {@link TeamRatings}. */
	TeamRatings.Rating rating(Listing offer) {
		return (offer.teamId() == 0) ? null : this.ratings.of(offer.teamId());
	}

	/** The best offers for a need, best first. */
	List<Scored> offersFor(Listing need, int limit) {
		catchUp();
		return best(this.publishedOffers, limit, offer -> Scoring.score(need, offer, rating(offer)));
	}

	/** The best needs for an offer, best first. */
	List<Scored> needsFor(Listing offer, int limit) {
		catchUp();
		TeamRatings.Rating rating = rating(offer);
		return best(this.publishedNeeds, limit, need -> Scoring.score(need, offer, rating));
	}

	Listing offer(long id) {
		return this.publishedOffers.get(id);
	}

	Listing need(long id) {
		return this.publishedNeeds.get(id);
	}

	int size() {
		return this.publishedNeeds.size() + this.publishedOffers.size();
	}

	private static List<Scored> best(Map<Long, Listing> candidates, int limit,
			java.util.function.ToDoubleFunction<Listing> score) {
		PriorityQueue<Scored> top = new PriorityQueue<>(limit + 1, Scored.ORDER);
		for (Listing candidate : candidates.values()) {
			double s = score.applyAsDouble(candidate);
			if (s <= 0) {
				continue;
			}
			if (top.size() < limit) {
				top.add(new Scored(candidate, s));
			}
			else if (Scored.ORDER.compare(top.peek(), new Scored(candidate, s)) < 0) {
				top.poll();
				top.add(new Scored(candidate, s));
			}
		}
		List<Scored> result = new ArrayList<>(top);
		result.sort(Scored.ORDER.reversed());
		return result;
	}

	/**
	 * Marks the copy stale once a change to a need has committed. After the commit, so
	 * that the next read finds the change in the database; in the publishing thread, not
	 * asynchronously, so that the caller's next request (such as the suggestions page
	 * right after publishing) already reads it: all this does is set a flag on this
	 * instance's own copy, which a background thread or a lost event would only delay.
	 */
	@TransactionalEventListener
	void on(NeedEvent event) {
		this.stale = true;
	}

	/** Marks the copy stale once a change to an offer has committed, as for needs. */
	@TransactionalEventListener
	void on(OfferEvent event) {
		this.stale = true;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		rebuild();
	}

	/** Reads everything again, and swaps the new copy in when it is complete. */
	@Scheduled(fixedDelayString = "${practica.suggestions.full-refresh}",
			initialDelayString = "${practica.suggestions.full-refresh}")
	void rebuild() {
		this.lock.lock();
		try {
			long started = System.nanoTime();
			Instant now = this.clock.instant();
			Map<Long, Listing> needs = new ConcurrentHashMap<>();
			Map<Long, Listing> offers = new ConcurrentHashMap<>();
			load(Instant.EPOCH, this.needs::changedSince, Need::getId, Need::isPublished, Listing::of, needs);
			load(Instant.EPOCH, this.offers::changedSince, Offer::getId, Offer::isPublished, Listing::of, offers);
			this.publishedNeeds = needs;
			this.publishedOffers = offers;
			this.watermark = now;
			this.stale = false;
			log.info("Suggestion index built: {} needs and {} offers in {} ms", needs.size(), offers.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Before answering: builds the copy if there is none, and reads a change made on this
	 * instance that has not been read yet, so people see their own changes at once.
	 */
	void catchUp() {
		if (this.watermark == null) {
			rebuild();
		}
		else if (this.stale) {
			readChanges();
		}
	}

	/** Reads what other instances changed, every second, off the request path. */
	@Scheduled(fixedDelay = 1_000, initialDelay = 1_000)
	void poll() {
		if (this.watermark != null) {
			readChanges();
		}
	}

	private void readChanges() {
		this.lock.lock();
		try {
			this.stale = false;
			Instant now = this.clock.instant();
			Instant since = this.watermark.minus(MARGIN);
			load(since, this.needs::changedSince, Need::getId, Need::isPublished, Listing::of, this.publishedNeeds);
			load(since, this.offers::changedSince, Offer::getId, Offer::isPublished, Listing::of, this.publishedOffers);
			this.watermark = now;
		}
		finally {
			this.lock.unlock();
		}
	}

	private static <T> void load(Instant since, Batches<T> batches, Function<T, Long> id,
			java.util.function.Predicate<T> published, Function<T, Listing> listing, Map<Long, Listing> into) {
		long after = 0;
		while (true) {
			List<T> batch = batches.load(since, after, BATCH);
			for (T item : batch) {
				if (published.test(item)) {
					into.put(id.apply(item), listing.apply(item));
				}
				else {
					into.remove(id.apply(item));
				}
			}
			if (batch.size() < BATCH) {
				return;
			}
			after = id.apply(batch.get(batch.size() - 1));
		}
	}

	interface Batches<T> {

		List<T> load(Instant since, long afterId, int limit);

	}

	/**
	 * A candidate and its score. Ties go to the lower id, so the order never depends on
	 * the map's.
	 */
	record Scored(Listing listing, double score) {

		static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score)
			.thenComparing(Comparator.comparingLong((Scored s) -> s.listing().id()).reversed());

	}

}
