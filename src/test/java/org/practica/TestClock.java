package org.practica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.practica.support.PlatformSettings;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still in the platform's zone: every test starts at {@link #START},
 * a Wednesday at 10:00, and time moves only when the test says so. No test depends on the
 * hour or the day the suite runs.
 */
public final class TestClock extends Clock {

	/**
	 * Where every test starts, in the platform's zone: a weekday morning, with the whole
	 * day ahead and behind, late enough in the year for the tests' fixed periods to lie
	 * in the past.
	 */
	public static final LocalDateTime START = LocalDateTime.of(2026, 11, 11, 10, 0);

	private final ZoneId zone;

	private volatile Instant now;

	public TestClock(ZoneId zone) {
		this.zone = zone;
		reset();
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public void advance(Duration by) {
		this.now = this.now.plus(by);
	}

	/** Sets the clock to this instant. */
	public void setTo(Instant instant) {
		this.now = instant;
	}

	/** Back to {@link #START}; after each test. */
	public void reset() {
		this.now = START.atZone(this.zone).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock owner = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return owner.withZone(other);
			}

			@Override
			public Instant instant() {
				return owner.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock(PlatformSettings settings) {
			return new TestClock(settings.zone());
		}

	}

}
