package org.practica.award;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new award call, from the API or the page's form.
 *
 * @param organisationId the calling organisation
 * @param year the year the records count from
 * @param category what is awarded
 * @param title the title
 * @param minVerifiedHours the verified hours in the year a volunteer needs (or a team,
 * for an organisation award), if any
 * @param minActiveMonths the months a team must have been active, if any
 * @param quotaPerOrganisation how many nominations each nominating organisation may send
 * @param nominationsOpen the first day nominations are taken
 * @param nominationsClose the last day
 * @param noticeDays the working days the shortlist is on public notice
 */
public record AwardRequest(@NotBlank(message = "{award.organisation.required}") String organisationId,
		@NotNull(message = "{award.year.required}") @Min(value = 2000,
				message = "{award.year.range}") @Max(value = 2100, message = "{award.year.range}") Integer year,
		@NotNull(message = "{award.category.required}") AwardCategory category,
		@NotBlank(message = "{award.title.required}") @Size(max = AwardCall.TITLE_MAX,
				message = "{award.title.too-long}") String title,
		@DecimalMin(value = "0", message = "{award.hours.range}") @DecimalMax(value = "10000",
				message = "{award.hours.range}") BigDecimal minVerifiedHours,
		@Min(value = 0, message = "{award.months.range}") @Max(value = 600,
				message = "{award.months.range}") Integer minActiveMonths,
		@Min(value = 1, message = "{award.quota.range}") @Max(value = 1000,
				message = "{award.quota.range}") Integer quotaPerOrganisation,
		@NotNull(message = "{award.open.required}") LocalDate nominationsOpen,
		@NotNull(message = "{award.close.required}") LocalDate nominationsClose,
		@Min(value = 1, message = "{award.notice-days.range}") @Max(value = 60,
				message = "{award.notice-days.range}") Integer noticeDays) {
}
