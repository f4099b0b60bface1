package org.practica.matching;

import java.util.Arrays;

/**
 * The efficiency-adjusted deferred acceptance mechanism with consent (Kesten 2010, in the
 * simplified form of Tang and Yu 2014): the students who consent waive a priority that
 * cannot get them a place but blocks others, and everyone weakly gains over plain
 * deferred acceptance.
 * <p>
 * Round 0 runs student-proposing deferred acceptance. Each later round settles the
 * positions that rejected nobody in the previous round's run (underdemanded: no student
 * prefers them to what they hold) together with the students they hold, and the students
 * the run left without a place; those assignments are final and leave the problem. A
 * settled student who did not consent keeps their priority: every position they prefer to
 * their settled one refuses, from then on, every student it ranks below them. The round
 * then finds the deferred acceptance outcome over the students and positions left, and
 * the rounds go on until no student is left.
 * <p>
 * The rounds are not rerun from scratch. The previous round's assignment, restricted to
 * what is left, is stable in the smaller problem (every position left is full and holds
 * only students it ranks above everyone it refused), and deferred acceptance gives the
 * student-optimal stable assignment, which the round reaches from there by eliminating
 * the position-side rotations exposed in it (Irving and Leather 1986, with each
 * position's seats as copies): a position's next candidate is the first student after its
 * worst held one in its ranking who is still in the problem, not refused by the
 * position's cutoff, and prefers it to where they are; a cycle of positions, each
 * pointing to the position holding its candidate, moves every candidate up one step along
 * the cycle. A stable assignment with no such cycle is the student-optimal one. Students
 * only move up and positions' candidates only move down their rankings, across all
 * rounds, so the whole pass is about linear in the lengths of the lists. A position is
 * underdemanded exactly when no student still in the problem ranks it above where they
 * are and is accepted by it, which a per-position count keeps up to date.
 * <p>
 * A settled student's failed proposals are what blocked others (Kesten's interruptions);
 * leaving them out of the next round is the waiver. Properties, tested against brute
 * force on small instances: nobody is worse off than under plain deferred acceptance; no
 * non-consenting student's priority is violated; with everyone consenting the result is
 * Pareto-efficient. The result is the same as rerunning deferred acceptance in every
 * round (tested against that reference), so it depends only on the instance and the
 * consents.
 */
public final class EfficiencyAdjustment {

	private static final int UNRANKED = ChoiceRanks.UNRANKED;

	/** A position whose candidates are used up for good. */
	private static final int EXHAUSTED = Integer.MAX_VALUE;

	private EfficiencyAdjustment() {
	}

	/**
	 * Runs the efficiency-adjusted pass.
	 * @param instance the instance
	 * @param consents per student whether they waive their priority, or null for nobody
	 * @return the matching (proposals: those of deferred acceptance plus the moves of
	 * later rounds) and the number of rounds
	 */
	public static Result solve(MatchingInstance instance, boolean[] consents) {
		int students = instance.studentCount();
		if (consents != null && consents.length != students) {
			throw new IllegalArgumentException(consents.length + " consents for " + students + " students");
		}
		return new Pass(instance, consents).run();
	}

	/** The state of one pass. */
	private static final class Pass {

		private final int students;

		private final int positions;

		private final boolean[] consents;

		private final int[] rankingStart;

		private final int[] ranking;

		private final int[] choiceStart;

		private final int[] choices;

		/** each choice's rank of its student, see {@link ChoiceRanks} */
		private final int[] ranks;

		/** where each position's seats start in {@link #seat} */
		private final int[] seatStart;

		/** the student in each seat */
		private final int[] seat;

		private final int[] seatOf;

		private final int[] positionOf;

		/** the choice entry a student holds (the end of their choices if none) */
		private final int[] at;

		private final boolean[] active;

		private final boolean[] removed;

		/** a position refuses every student it ranks at or below its cutoff's rank */
		private final int[] cutoff;

		/**
		 * how many students still in the problem rank the position above where they are
		 * and are accepted by it
		 */
		private final int[] demand;

		/** the students settled in this round who keep their priority */
		private int[] keeping = new int[0];

		private int keepingCount;

		/** positions whose demand fell to 0, in order; settled from {@link #zeroFrom} */
		private final int[] zeros;

		private int zeroCount;

		private int zeroFrom;

		/** the rank of each position's candidate, or {@link #EXHAUSTED} */
		private final int[] scan;

		/** where the candidate was when last checked, or -1 */
		private final int[] candidateAt;

		private int activeCount;

		private long moves;

		/**
		 * positions whose candidate changed since they were last walked: a new rotation
		 * has to pass through one of them
		 */
		private final int[] work;

		private int workCount;

		private final boolean[] queued;

		private final Walk walk;

		Pass(MatchingInstance instance, boolean[] consents) {
			this.students = instance.studentCount();
			this.positions = instance.positionCount();
			this.consents = consents;
			this.rankingStart = instance.rankingStart();
			this.ranking = instance.rankingEntries();
			int[] capacities = instance.capacities();
			int[] acceptable = new int[this.positions];
			this.choiceStart = instance.choiceStart();
			this.choices = instance.choices();
			this.ranks = ChoiceRanks.of(instance, acceptable);
			this.seatStart = new int[this.positions + 1];
			for (int p = 0; p < this.positions; p++) {
				this.seatStart[p + 1] = this.seatStart[p] + Math.min(capacities[p], acceptable[p]);
			}
			this.seat = new int[this.seatStart[this.positions]];
			this.seatOf = new int[this.students];
			this.positionOf = new int[this.students];
			this.at = new int[this.students];
			this.active = new boolean[this.students];
			this.removed = new boolean[this.positions];
			this.cutoff = new int[this.positions];
			this.demand = new int[this.positions];
			this.zeros = new int[this.positions];
			this.scan = new int[this.positions];
			this.candidateAt = new int[this.positions];
			this.work = new int[this.positions];
			this.queued = new boolean[this.positions];
			this.walk = new Walk(this.positions);
		}

		EfficiencyAdjustment.Result run() {
			long proposals = deferredAcceptance();
			int rounds = 1;
			settle(true);
			while (this.activeCount > 0) {
				rounds++;
				eliminateRotations(rounds);
				settle(false);
			}
			return new EfficiencyAdjustment.Result(new Matching(this.positionOf, proposals + this.moves), rounds);
		}

		/** Round 0: deferred acceptance, then the seats, candidates and demand. */
		private long deferredAcceptance() {
			int[] heapSize = new int[this.positions];
			long[] heap = new long[this.seat.length];
			int[] resume = new int[this.students];
			long proposals = DeferredAcceptance.propose(this.choiceStart, this.choices, this.ranks, this.seatStart,
					heapSize, heap, resume);
			Arrays.fill(this.positionOf, Matching.UNASSIGNED);
			Arrays.fill(this.seat, -1);
			System.arraycopy(this.choiceStart, 1, this.at, 0, this.students);
			for (int p = 0; p < this.positions; p++) {
				int base = this.seatStart[p];
				int seats = this.seatStart[p + 1] - base;
				int held = heapSize[p];
				for (int i = base, end = base + held; i < end; i++) {
					int s = (int) heap[i];
					this.seat[i] = s;
					this.seatOf[s] = i;
					this.positionOf[s] = p;
					this.at[s] = resume[s] - 1;
				}
				// a full position's first candidate comes after its worst held student
				this.scan[p] = (seats > 0 && held == seats) ? (int) (heap[base] >>> 32) + 1 : EXHAUSTED;
				this.candidateAt[p] = -1;
			}
			Arrays.fill(this.active, true);
			this.activeCount = this.students;
			Arrays.fill(this.cutoff, Integer.MAX_VALUE);
			for (int s = 0; s < this.students; s++) {
				for (int k = this.choiceStart[s], end = this.at[s]; k < end; k++) {
					if (this.ranks[k] != UNRANKED) {
						this.demand[this.choices[k]]++;
					}
				}
			}
			for (int p = 0; p < this.positions; p++) {
				if (this.demand[p] == 0) {
					this.zeros[this.zeroCount++] = p;
				}
				// every candidate is found from the start, so that a position whose
				// candidate changes can be told by the candidate's rank
				next(p);
			}
			return proposals;
		}

		/**
		 * Settles the positions whose demand is 0 with their students (and, after round
		 * 0, the students without a place), then applies the priorities the
		 * non-consenting ones keep. Positions whose demand falls to 0 meanwhile wait for
		 * the next round.
		 */
		private void settle(boolean unassignedToo) {
			int end = this.zeroCount;
			int settled = 0;
			this.keepingCount = 0;
			for (int i = this.zeroFrom; i < end; i++) {
				int p = this.zeros[i];
				this.removed[p] = true;
				this.scan[p] = EXHAUSTED;
				for (int k = this.seatStart[p], last = this.seatStart[p + 1]; k < last; k++) {
					int s = this.seat[k];
					if (s >= 0 && this.active[s]) {
						settleStudent(s);
						settled++;
					}
				}
			}
			if (unassignedToo) {
				for (int s = 0; s < this.students; s++) {
					if (this.active[s] && this.positionOf[s] == Matching.UNASSIGNED) {
						settleStudent(s);
						settled++;
					}
				}
			}
			this.zeroFrom = end;
			if (settled == 0 && this.activeCount > 0) {
				throw new IllegalStateException("a round settled nobody");
			}
			for (int i = 0; i < this.keepingCount; i++) {
				keepPriority(this.keeping[i]);
			}
		}

		/**
		 * Takes the student out, noting them to keep their priority once all of this
		 * round's students are out unless they consented to waive it.
		 */
		private void settleStudent(int s) {
			leave(s);
			if (this.consents == null || !this.consents[s]) {
				if (this.keepingCount == this.keeping.length) {
					this.keeping = Arrays.copyOf(this.keeping, Math.max(16, 2 * this.keepingCount));
				}
				this.keeping[this.keepingCount++] = s;
			}
		}

		/** Takes a settled student out of the problem, and out of the demand counts. */
		private void leave(int s) {
			requeueCandidacies(s);
			this.active[s] = false;
			this.activeCount--;
			uncount(s, this.choiceStart[s], this.at[s]);
		}

		/**
		 * Queues the positions whose candidate the student is. Outside a walk, each
		 * position not queued has its candidate found.
		 */
		private void requeueCandidacies(int s) {
			for (int k = this.choiceStart[s], end = this.at[s]; k < end; k++) {
				int p = this.choices[k];
				int r = this.scan[p];
				// a scan is never UNRANKED, so an unranked choice never matches
				if (r != EXHAUSTED && r == this.ranks[k]) {
					queue(p);
				}
			}
		}

		private void queue(int p) {
			if (!this.queued[p] && !this.removed[p]) {
				this.queued[p] = true;
				this.work[this.workCount++] = p;
			}
		}

		/**
		 * Every position above the settled student's own refuses, from now on, the
		 * students it ranks below them.
		 */
		private void keepPriority(int s) {
			for (int k = this.choiceStart[s], end = this.at[s]; k < end; k++) {
				int p = this.choices[k];
				int rank = this.ranks[k];
				int old = this.cutoff[p];
				if (rank == UNRANKED || rank + 1 >= old) {
					continue;
				}
				this.cutoff[p] = rank + 1;
				if (this.removed[p]) {
					continue;
				}
				queue(p);
				int first = this.rankingStart[p];
				int last = Math.min(this.rankingStart[p + 1],
						(old == Integer.MAX_VALUE) ? Integer.MAX_VALUE : first + old);
				for (int i = first + rank + 1; i < last; i++) {
					int t = this.ranking[i];
					if (this.active[t] && offsetOf(t, p) >= 0) {
						decrement(p);
					}
				}
			}
		}

		/**
		 * Takes the student's choices at entries {@code [from, to)} out of the demand
		 * counts where they count.
		 */
		private void uncount(int s, int from, int to) {
			for (int k = from; k < to; k++) {
				int p = this.choices[k];
				int rank = this.ranks[k];
				if (rank != UNRANKED && !this.removed[p] && rank < this.cutoff[p]) {
					decrement(p);
				}
			}
		}

		private void decrement(int p) {
			if (--this.demand[p] == 0) {
				this.zeros[this.zeroCount++] = p;
			}
		}

		/**
		 * The choice entry of the position in the student's list if they prefer it to
		 * where they are, else -1.
		 */
		private int offsetOf(int s, int p) {
			for (int k = this.choiceStart[s], end = this.at[s]; k < end; k++) {
				if (this.choices[k] == p) {
					return k;
				}
			}
			return -1;
		}

		/**
		 * The position holding the position's candidate, moving the candidate on as
		 * needed; -1 if it has none left.
		 */
		private int next(int p) {
			int r = this.scan[p];
			if (r == EXHAUSTED) {
				return -1;
			}
			int first = this.rankingStart[p];
			int limit = Math.min(this.rankingStart[p + 1] - first, this.cutoff[p]);
			if (r < limit) {
				int cached = this.candidateAt[p];
				if (cached >= 0) {
					int t = this.ranking[first + r];
					if (this.active[t] && this.positionOf[t] == cached) {
						return cached;
					}
				}
			}
			while (r < limit) {
				int t = this.ranking[first + r];
				if (this.active[t] && offsetOf(t, p) >= 0) {
					this.scan[p] = r;
					this.candidateAt[p] = this.positionOf[t];
					return this.positionOf[t];
				}
				r++;
			}
			this.scan[p] = EXHAUSTED;
			this.candidateAt[p] = -1;
			return -1;
		}

		/**
		 * Eliminates exposed rotations until none is left, walking from each queued
		 * position along the candidates' positions (a rotation not exposed at the end of
		 * the previous round must pass through a position whose candidate has changed
		 * since): a walk that reaches a position with no candidate, or one already found
		 * to lead to one, ends in nothing for this round (the students on it cannot move
		 * until something settles); a walk that comes back to a position on it has found
		 * a rotation.
		 */
		private void eliminateRotations(int round) {
			int[] work = this.work;
			boolean[] queued = this.queued;
			int[] stack = this.walk.stack;
			int[] depth = this.walk.depth;
			int[] dead = this.walk.dead;
			while (this.workCount > 0) {
				int start = work[--this.workCount];
				queued[start] = false;
				if (this.removed[start] || dead[start] == round || depth[start] >= 0) {
					continue;
				}
				int top = 0;
				stack[0] = start;
				depth[start] = 0;
				while (top >= 0) {
					int p = stack[top];
					int q = next(p);
					if (q < 0 || dead[q] == round) {
						for (int i = 0; i <= top; i++) {
							dead[stack[i]] = round;
							depth[stack[i]] = -1;
						}
						break;
					}
					int d = depth[q];
					if (d < 0) {
						stack[++top] = q;
						depth[q] = top;
						continue;
					}
					rotate(stack, d, top);
					for (int i = d; i <= top; i++) {
						int c = stack[i];
						depth[c] = -1;
						queue(c);
					}
					top = d - 1;
				}
			}
		}

		/**
		 * Moves each candidate of the positions {@code stack[from..to]} (each held by the
		 * next position, the last by the first) to the position whose candidate they are.
		 */
		private void rotate(int[] stack, int from, int to) {
			int k = to - from + 1;
			int[] movers = this.walk.movers;
			int[] slots = this.walk.slots;
			for (int i = 0; i < k; i++) {
				int c = stack[from + i];
				int t = this.ranking[this.rankingStart[c] + this.scan[c]];
				movers[i] = t;
				slots[i] = this.seatOf[t];
			}
			for (int i = 0; i < k; i++) {
				int c = stack[from + i];
				int t = movers[i];
				// t leaves the next position for c, into the seat its predecessor left
				int slot = slots[(i == 0) ? k - 1 : i - 1];
				this.seat[slot] = t;
				this.seatOf[t] = slot;
				int offset = offsetOf(t, c);
				requeueCandidacies(t);
				uncount(t, offset, this.at[t]);
				this.at[t] = offset;
				this.positionOf[t] = c;
				this.scan[c]++;
				this.candidateAt[c] = -1;
			}
			this.moves += k;
		}

	}

	/** Scratch arrays for the rotation walks, one per position. */
	private static final class Walk {

		final int[] stack;

		/** where the position is on the stack, or -1 */
		final int[] depth;

		/** the round in which the position was found to lead to no rotation */
		final int[] dead;

		final int[] movers;

		final int[] slots;

		Walk(int positions) {
			this.stack = new int[positions];
			this.depth = new int[positions];
			Arrays.fill(this.depth, -1);
			this.dead = new int[positions];
			this.movers = new int[positions];
			this.slots = new int[positions];
		}

	}

	/**
	 * The outcome of the pass.
	 *
	 * @param matching the assignment, with the proposals of deferred acceptance plus the
	 * moves of the later rounds
	 * @param rounds how many times the deferred acceptance outcome was found (1 when
	 * nothing was adjusted)
	 */
	public record Result(Matching matching, int rounds) {
	}

}
