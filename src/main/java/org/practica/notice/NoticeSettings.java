package org.practica.notice;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Public notices ({@code practica.notice.*}).
 *
 * @param workingDays how many working days a notice runs when its owner names none
 * @param objectionsPerAddress how many objections one client address may raise in
 * {@code objectionWindow}
 * @param objectionWindow the window of the count above
 * @param endCheckEvery how often the notices past their window with every objection
 * decided are ended ({@link NoticeEnding})
 * @param holidays the public holidays of the calendar: days off although on a weekday
 * @param workdays the make-up working days (调休): a Saturday or Sunday worked in place of
 * a holiday
 */
@Validated
@ConfigurationProperties("practica.notice")
record NoticeSettings(@Min(1) @Max(60) int workingDays, @Min(1) int objectionsPerAddress,
		@NotNull @DurationMin(minutes = 1) Duration objectionWindow,
		@NotNull @DurationMin(seconds = 1) Duration endCheckEvery, @DefaultValue List<LocalDate> holidays,
		@DefaultValue List<LocalDate> workdays) {
}
