package org.practica.evaluation;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How evaluations work ({@code practica.evaluation.*}).
 *
 * @param teamCriteria the criteria codes teams and students are rated by where no
 * organisation above them chose its own
 * @param communityCriteria the criteria codes communities are rated by, likewise
 * @param window how long after a project's completion its parties may rate; then what is
 * in is published
 * @param remindAfter when those who have not rated are reminded, after completion
 * @param period how far back the averages of a team's or community's page reach
 * @param publishEvery how often the publication job looks for windows that have closed
 * @param averagesRefresh how old the teams' averages the suggestions use may grow before
 * they are read again (changes made on this instance are read at once)
 */
@Validated
@ConfigurationProperties("practica.evaluation")
record EvaluationSettings(@NotEmpty List<String> teamCriteria, @NotEmpty List<String> communityCriteria,
		@NotNull @DurationMin(seconds = 1) Duration window, @NotNull @DurationMin(seconds = 1) Duration remindAfter,
		@NotNull @DurationMin(days = 1) Duration period, @NotNull @DurationMin(seconds = 1) Duration publishEvery,
		@NotNull @DurationMin(seconds = 1) Duration averagesRefresh) {

	/** The default criteria of this set: a student is rated by the team's. */
	List<String> defaults(About about) {
		return (about.criteria() == About.TEAM) ? this.teamCriteria : this.communityCriteria;
	}

}
