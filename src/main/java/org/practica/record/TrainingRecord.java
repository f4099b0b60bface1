package org.practica.record;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One training a volunteer completed.
 *
 * @param title what it was, such as a safety course's title
 * @param provider who gave it
 * @param completedOn the day it was completed
 * @param hours how long it took, if known
 */
public record TrainingRecord(String title, String provider, LocalDate completedOn, BigDecimal hours) {
}
