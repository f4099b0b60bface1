package org.practica.election;

import java.time.OffsetDateTime;

import org.practica.club.Office;

/**
 * What calling an election sets: the office, the roll cut-off, the end of nominations,
 * the voting window, how ballots are counted and how a tie is resolved.
 *
 * @param office the office elected ({@code PRESIDENT}, {@code VICE_PRESIDENT},
 * {@code SECRETARY})
 * @param rollCutoff the club's active members at this instant make the roll
 * @param nominationsClose members nominate themselves until then; the roll is frozen
 * @param opensAt voting opens
 * @param closesAt voting closes
 * @param method {@code PLURALITY} (default) or {@code INSTANT_RUNOFF}
 * @param tieRule {@code RUNOFF} (default) or {@code LOTTERY}
 */
public record ElectionCall(Office office, OffsetDateTime rollCutoff, OffsetDateTime nominationsClose,
		OffsetDateTime opensAt, OffsetDateTime closesAt, Election.Method method, Election.TieRule tieRule) {
}
