package org.practica.onestop;

import java.time.Instant;

/** A booking starts within the reminder's reach: its student hears of it. */
public record BookingReminderDue(Long bookingId, Long studentId, Long serviceId, ServiceKind kind, Instant startsAt) {
}
