package org.practica.matching;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Generates realistic instances: one position per ten students, capacities 5 to 15, ten
 * choices per student. Positions have a log-normal popularity and students draw their
 * choices without replacement in proportion to it, so the draw order is their preference
 * (a Plackett–Luce model) and popular positions get more applicants. Each position ranks
 * exactly its applicants by a score shared by all positions plus local noise.
 */
final class InstanceGenerator {

	static final int CHOICES = 10;

	private final int[] choiceStart;

	private final int[] choices;

	private final int[] capacities;

	private final int[] rankingStart;

	private final int[] ranking;

	private InstanceGenerator(int[] choiceStart, int[] choices, int[] capacities, int[] rankingStart, int[] ranking) {
		this.choiceStart = choiceStart;
		this.choices = choices;
		this.capacities = capacities;
		this.rankingStart = rankingStart;
		this.ranking = ranking;
	}

	static InstanceGenerator generate(int students, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int positions = Math.max(1, students / 10);
		int perStudent = Math.min(CHOICES, positions);

		int[] capacities = new int[positions];
		double[] cumulative = new double[positions];
		double total = 0;
		for (int p = 0; p < positions; p++) {
			capacities[p] = 5 + random.nextInt(11);
			total += Math.exp(gaussian(random));
			cumulative[p] = total;
		}

		int[] choiceStart = new int[students + 1];
		int[] choices = new int[students * perStudent];
		int[] drawnBy = new int[positions];
		int k = 0;
		for (int s = 0; s < students; s++) {
			choiceStart[s] = k;
			while (k - choiceStart[s] < perStudent) {
				int p = draw(cumulative, random.nextDouble() * total);
				if (drawnBy[p] != s + 1) {
					drawnBy[p] = s + 1;
					choices[k++] = p;
				}
			}
		}
		choiceStart[students] = k;

		float[] score = new float[students];
		for (int s = 0; s < students; s++) {
			score[s] = (float) gaussian(random);
		}
		int[] rankingStart = new int[positions + 1];
		for (int choice : choices) {
			rankingStart[choice + 1]++;
		}
		for (int p = 0; p < positions; p++) {
			rankingStart[p + 1] += rankingStart[p];
		}
		// Key: the position's view of the student, best first, then the student index.
		long[] keys = new long[choices.length];
		int[] cursor = Arrays.copyOf(rankingStart, positions);
		for (int s = 0; s < students; s++) {
			for (int i = choiceStart[s]; i < choiceStart[s + 1]; i++) {
				float view = score[s] + 0.5f * (float) gaussian(random);
				int bits = Float.floatToIntBits(view);
				int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
				keys[cursor[choices[i]]++] = ((long) ~sortable << 32) | s;
			}
		}
		int[] ranking = new int[keys.length];
		for (int p = 0; p < positions; p++) {
			Arrays.sort(keys, rankingStart[p], rankingStart[p + 1]);
			for (int i = rankingStart[p]; i < rankingStart[p + 1]; i++) {
				ranking[i] = (int) keys[i];
			}
		}
		return new InstanceGenerator(choiceStart, choices, capacities, rankingStart, ranking);
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller; SplittableRandom has no nextGaussian on Java 17
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
	}

	private static int draw(double[] cumulative, double target) {
		int i = Arrays.binarySearch(cumulative, target);
		return Math.min((i >= 0) ? i : -i - 1, cumulative.length - 1);
	}

	MatchingInstance instance() {
		return MatchingInstance.ofRows(this.choiceStart.clone(), this.choices.clone(), this.capacities.clone(),
				this.rankingStart.clone(), this.ranking.clone());
	}

	static String studentId(int s) {
		return "s" + s;
	}

	static String positionId(int p) {
		return "p" + p;
	}

	void writeJson(Path file) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
			json.writeStartObject();
			json.writeName("students");
			json.writeStartObject();
			for (int s = 0; s < this.choiceStart.length - 1; s++) {
				json.writeName(studentId(s));
				json.writeStartArray();
				for (int i = this.choiceStart[s]; i < this.choiceStart[s + 1]; i++) {
					json.writeString(positionId(this.choices[i]));
				}
				json.writeEndArray();
			}
			json.writeEndObject();
			json.writeName("positions");
			json.writeStartObject();
			for (int p = 0; p < this.capacities.length; p++) {
				json.writeName(positionId(p));
				json.writeStartObject();
				json.writeNumberProperty("capacity", this.capacities[p]);
				json.writeName("ranking");
				json.writeStartArray();
				for (int i = this.rankingStart[p]; i < this.rankingStart[p + 1]; i++) {
					json.writeString(studentId(this.ranking[i]));
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndObject();
			json.writeEndObject();
		}
	}

}
