package org.practica.election;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of elections.
 *
 * @param minMembership how long a candidate must have been a member at the roll cut-off
 * (one term); in a club younger than that, since its founding
 * @param barDisciplinary whether a disciplinary record bars a candidate
 * @param remindBefore how long before the close members who have not voted are reminded
 * @param checkEvery how often rolls due are frozen, reminders sent and closed elections
 * counted
 */
@Validated
@ConfigurationProperties("practica.elections")
record ElectionSettings(@NotNull Duration minMembership, boolean barDisciplinary, @NotNull Duration remindBefore,
		@NotNull Duration checkEvery) {
}
