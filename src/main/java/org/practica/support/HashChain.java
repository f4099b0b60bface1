package org.practica.support;

import java.time.Instant;

/**
 * The hash chain of an append-only ledger (hours, club spending): each line carries a
 * SHA-256 over what it says and the previous line's hash, so that a line changed, removed
 * or inserted behind the application's back breaks the chain where it happened.
 */
public final class HashChain {

	/** The hash the first line follows. */
	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	/**
	 * The hash of a line.
	 * @param previousHash the hash of the line before, {@link #GENESIS} for the first
	 * @param seq the line's number, from 1
	 * @param subjectId what the line is about (an hours entry, a fund request)
	 * @param action what happened
	 * @param actor who did it
	 * @param at when, taken in whole milliseconds (a database may round finer parts)
	 * @param content what the line records
	 */
	public static String hash(String previousHash, long seq, Long subjectId, String action, String actor, Instant at,
			String content) {
		return Sha256.hex(previousHash + "|" + seq + "|" + subjectId + "|" + action + "|" + actor + "|"
				+ at.toEpochMilli() + "|" + content);
	}

	/**
	 * A ledger whose chain the ledger check page and the {@code verify-ledger} command
	 * verify; each module with a chained ledger offers one as a bean.
	 */
	public interface Verifier {

		/** The message key naming the ledger. */
		String titleKey();

		/** Verifies the whole chain; names the first thing that is broken. */
		Result verify();

	}

	/**
	 * What a check found.
	 *
	 * @param titleKey the ledger, as a message key
	 * @param intact whether nothing is broken
	 * @param linesChecked how many lines were found sound
	 * @param entriesChecked how many records were found to agree with their lines
	 * @param brokenLine the first broken line's number, if a line is broken
	 * @param brokenEntry the record concerned, if known
	 * @param messageKey what is wrong (or that all is well), as a message key taking
	 * {@code brokenLine, brokenEntry} or {@code linesChecked, entriesChecked}
	 */
	public record Result(String titleKey, boolean intact, long linesChecked, long entriesChecked, Long brokenLine,
			Long brokenEntry, String messageKey) {

		/** The arguments of {@link #messageKey()}. */
		public Object[] arguments() {
			return this.intact ? new Object[] { this.linesChecked, this.entriesChecked }
					: new Object[] { this.brokenLine, this.brokenEntry };
		}

	}

}
