package org.practica.onestop;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admin page's form to publish a slot of a service on behalf of one of the
 * organisation's service providers. The slot's rules (places, repeats, buffer, the start
 * in the future, no clash) are those of {@link Bookings#publish}; the form only checks
 * what it adds: the length in minutes.
 */
public class AdminSlotForm {

	@NotNull(message = "{onestop.slot.service-required}")
	private Long serviceId;

	@NotNull(message = "{onestop.slot.provider-required}")
	private Long providerId;

	@NotNull(message = "{onestop.slot.starts-required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;

	@NotNull(message = "{onestop.slot.minutes-range}")
	@Min(value = 1, message = "{onestop.slot.minutes-range}")
	@Max(value = 720, message = "{onestop.slot.minutes-range}")
	private Integer minutes = 60;

	private Integer capacity = 1;

	private Integer repeatWeeks = 0;

	private Integer bufferMinutes = 0;

	public AdminSlotForm() {
	}

	AdminSlotForm(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	/** The slot as the API would post it, in the platform's time zone. */
	SlotRequest toRequest(ZoneId zone) {
		OffsetDateTime start = this.startsAt.atZone(zone).toOffsetDateTime();
		return new SlotRequest(start, start.plusMinutes(this.minutes), this.capacity, this.providerId.toString(),
				this.repeatWeeks, this.bufferMinutes, null);
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Long getProviderId() {
		return this.providerId;
	}

	public void setProviderId(Long providerId) {
		this.providerId = providerId;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getRepeatWeeks() {
		return this.repeatWeeks;
	}

	public void setRepeatWeeks(Integer repeatWeeks) {
		this.repeatWeeks = repeatWeeks;
	}

	public Integer getBufferMinutes() {
		return this.bufferMinutes;
	}

	public void setBufferMinutes(Integer bufferMinutes) {
		this.bufferMinutes = bufferMinutes;
	}

}
