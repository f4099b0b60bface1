package org.practica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, moved forward by tests that need time to pass (a shift to end, a
 * check-out window to close).
 */
public final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant fixed;

	public void advance(Duration by) {
		this.offset = this.offset.plus(by);
	}

	public void reset() {
		this.offset = Duration.ZERO;
		this.fixed = null;
	}

	/** Stops the clock at this instant until {@link #reset()}. */
	public void stopAt(Instant instant) {
		this.fixed = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.systemDefault();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Instant stopped = this.fixed;
		return (stopped != null) ? Clock.fixed(stopped, zone) : Clock.offset(Clock.system(zone), this.offset);
	}

	@Override
	public Instant instant() {
		Instant stopped = this.fixed;
		return (stopped != null) ? stopped : Instant.now().plus(this.offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
