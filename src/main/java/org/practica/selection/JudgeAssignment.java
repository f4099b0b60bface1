package org.practica.selection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Gives each case the same number of distinct judges, only judges allowed for it, with
 * every judge's load within one of every other's: a min-cost maximum flow.
 * <p>
 * The network: source → each case (capacity {@code perCase}), case → each judge allowed
 * for it (capacity 1, so a judge sits on a case at most once), judge → sink by two arcs:
 * one of capacity {@code floor(T/J)} and cost {@code -B}, one of capacity
 * {@code ceil(T/J) - floor(T/J)} and cost 0, where {@code T} is the seats to fill
 * ({@code cases × perCase}), {@code J} the judges and {@code B} larger than the network's
 * size. No judge can take more than the ceiling; among the flows of largest value, the
 * cheapest fills every judge's cheap arc first, so if an assignment exists where every
 * judge has at least the floor, the flow finds one. The flow is an assignment exactly
 * when its value is {@code T} and every cheap arc is full; otherwise none exists (by the
 * same argument) and the answer is empty.
 * <p>
 * Successive shortest paths with Bellman–Ford (SPFA; the costs are negative but the
 * network has no negative cycle at the start, and the residual network never gets one):
 * at most {@code T} augmentations over {@code O(cases × judges)} arcs, a few milliseconds
 * for hundreds of cases. Arcs are added in the given order of cases and judges, so the
 * same input gives the same assignment.
 */
final class JudgeAssignment {

	private JudgeAssignment() {
	}

	/**
	 * The judges of each case, in the order of the judges given, or empty when no
	 * assignment satisfies the rules.
	 * @param cases the cases, in a fixed order
	 * @param judges the judges, in a fixed order
	 * @param perCase judges per case
	 * @param allowed whether a judge (second) may judge a case (first)
	 */
	static Optional<Map<Long, List<Long>>> assign(List<Long> cases, List<Long> judges, int perCase,
			BiPredicate<Long, Long> allowed) {
		Map<Long, List<Long>> result = new LinkedHashMap<>();
		if (cases.isEmpty()) {
			return Optional.of(result);
		}
		if (judges.isEmpty() || perCase < 1) {
			return Optional.empty();
		}
		int c = cases.size();
		int j = judges.size();
		long seats = (long) c * perCase;
		int floor = (int) (seats / j);
		int ceil = (int) ((seats + j - 1) / j);
		int source = 0;
		int sink = 1 + c + j;
		Network network = new Network(sink + 1);
		long big = seats + c + j + 1;
		for (int i = 0; i < c; i++) {
			network.add(source, 1 + i, perCase, 0);
		}
		int[][] seat = new int[c][j];
		for (int i = 0; i < c; i++) {
			for (int k = 0; k < j; k++) {
				seat[i][k] = allowed.test(cases.get(i), judges.get(k)) ? network.add(1 + i, 1 + c + k, 1, 0) : -1;
			}
		}
		int[] cheap = new int[j];
		for (int k = 0; k < j; k++) {
			cheap[k] = network.add(1 + c + k, sink, floor, -big);
			if (ceil > floor) {
				network.add(1 + c + k, sink, ceil - floor, 0);
			}
		}
		long flow = network.minCostMaxFlow(source, sink);
		if (flow != seats) {
			return Optional.empty();
		}
		for (int k = 0; k < j; k++) {
			if (network.flow(cheap[k]) != floor) {
				return Optional.empty();
			}
		}
		for (int i = 0; i < c; i++) {
			List<Long> chosen = new ArrayList<>();
			for (int k = 0; k < j; k++) {
				if (seat[i][k] >= 0 && network.flow(seat[i][k]) == 1) {
					chosen.add(judges.get(k));
				}
			}
			result.put(cases.get(i), chosen);
		}
		return Optional.of(result);
	}

	/** A flow network in arrays: arc {@code e} and its reverse {@code e ^ 1}. */
	private static final class Network {

		private final int nodes;

		private int[] head;

		private int[] to = new int[16];

		private int[] next = new int[16];

		private long[] capacity = new long[16];

		private long[] cost = new long[16];

		private long[] original = new long[16];

		private int arcs;

		Network(int nodes) {
			this.nodes = nodes;
			this.head = new int[nodes];
			Arrays.fill(this.head, -1);
		}

		int add(int from, int target, long cap, long arcCost) {
			int e = this.arcs;
			arc(from, target, cap, arcCost);
			arc(target, from, 0, -arcCost);
			return e;
		}

		private void arc(int from, int target, long cap, long arcCost) {
			if (this.arcs == this.to.length) {
				int size = this.arcs * 2;
				this.to = Arrays.copyOf(this.to, size);
				this.next = Arrays.copyOf(this.next, size);
				this.capacity = Arrays.copyOf(this.capacity, size);
				this.cost = Arrays.copyOf(this.cost, size);
				this.original = Arrays.copyOf(this.original, size);
			}
			this.to[this.arcs] = target;
			this.capacity[this.arcs] = cap;
			this.original[this.arcs] = cap;
			this.cost[this.arcs] = arcCost;
			this.next[this.arcs] = this.head[from];
			this.head[from] = this.arcs++;
		}

		long flow(int arc) {
			return this.original[arc] - this.capacity[arc];
		}

		long minCostMaxFlow(int source, int sink) {
			long total = 0;
			long[] distance = new long[this.nodes];
			int[] via = new int[this.nodes];
			boolean[] queued = new boolean[this.nodes];
			while (true) {
				Arrays.fill(distance, Long.MAX_VALUE);
				Arrays.fill(via, -1);
				distance[source] = 0;
				Deque<Integer> queue = new ArrayDeque<>();
				queue.add(source);
				queued[source] = true;
				while (!queue.isEmpty()) {
					int u = queue.poll();
					queued[u] = false;
					for (int e = this.head[u]; e >= 0; e = this.next[e]) {
						if (this.capacity[e] > 0 && distance[u] + this.cost[e] < distance[this.to[e]]) {
							distance[this.to[e]] = distance[u] + this.cost[e];
							via[this.to[e]] = e;
							if (!queued[this.to[e]]) {
								queued[this.to[e]] = true;
								queue.add(this.to[e]);
							}
						}
					}
				}
				if (distance[sink] == Long.MAX_VALUE) {
					return total;
				}
				long push = Long.MAX_VALUE;
				for (int v = sink; v != source; v = this.to[via[v] ^ 1]) {
					push = Math.min(push, this.capacity[via[v]]);
				}
				for (int v = sink; v != source; v = this.to[via[v] ^ 1]) {
					this.capacity[via[v]] -= push;
					this.capacity[via[v] ^ 1] += push;
				}
				total += push;
			}
		}

	}

}
