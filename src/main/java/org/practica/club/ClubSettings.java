package org.practica.club;

import java.time.Duration;
import java.time.Month;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How clubs are registered and run ({@code practica.clubs.*}).
 *
 * @param minFounders the fewest founders an application names
 * @param probation how long a new club is on probation after its notice
 * @param schoolYearStartMonth the month the school year starts in: graduated students'
 * memberships end then
 * @param schoolYearStartDay the day of that month
 * @param dormantAfter how long a running club may go without an activity, service hours
 * or spending before it is proposed for cancellation
 * @param rating how the star rating is computed
 */
@Validated
@ConfigurationProperties("practica.clubs")
record ClubSettings(@Min(1) @Max(100) int minFounders, @NotNull Duration probation, @NotNull Month schoolYearStartMonth,
		@Min(1) @Max(28) int schoolYearStartDay, @NotNull Duration dormantAfter, @Valid @NotNull Rating rating) {

	/**
	 * The weights of a club's star rating ({@code practica.clubs.rating.*}).
	 *
	 * @param pointsPerActivity points for each activity held in the year
	 * @param activityCap the most activities counted
	 * @param pointsPerMember points for each member who attended an activity
	 * @param memberCap the most members counted
	 * @param pointsPerHoursUnit points for each whole unit of members' verified hours
	 * @param hoursUnit the hours of one unit
	 * @param pointsPerOutcomeReport points for each published outcome report
	 * @param outcomeReportCap the most outcome reports counted
	 * @param fundCompliancePoints points when the year's spending all has receipts and
	 * the annual review is not late
	 * @param pointsPerRatingScore points for each point (1–5) of the average score its
	 * activities' participants gave them in their public ratings
	 * @param ratingsMinimum the fewest public ratings of its activities that count
	 * @param starThresholds the totals for two, three, four and five stars
	 */
	record Rating(@Min(0) int pointsPerActivity, @Min(0) int activityCap, @Min(0) int pointsPerMember,
			@Min(0) int memberCap, @Min(0) int pointsPerHoursUnit, @Min(1) int hoursUnit,
			@Min(0) int pointsPerOutcomeReport, @Min(0) int outcomeReportCap, @Min(0) int fundCompliancePoints,
			@Min(0) int pointsPerRatingScore, @Min(1) int ratingsMinimum,
			@NotNull @Size(min = 4, max = 4) List<Integer> starThresholds) {
	}

}
