package org.practica.matching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InstanceReaderTests {

	@Test
	void readsIdsInTheOrderTheyAreDefined() throws IOException {
		NamedInstance named = read("""
				{"students": {"ann": ["lib", "zoo"], "bob": ["zoo"], "cy": []},
				 "positions": {"zoo": {"capacity": 1, "ranking": ["bob", "ann"]},
				               "lib": {"ranking": ["ann"], "capacity": 0}}}
				""");

		MatchingInstance instance = named.instance();
		assertThat(instance.studentCount()).isEqualTo(3);
		assertThat(named.studentId(0)).isEqualTo("ann");
		assertThat(named.studentId(2)).isEqualTo("cy");
		assertThat(named.positionId(0)).isEqualTo("zoo");
		assertThat(named.positionId(1)).isEqualTo("lib");
		assertThat(instance.preferences(0)).containsExactly(1, 0);
		assertThat(instance.ranking(0)).containsExactly(1, 0);
		assertThat(instance.capacity(0)).isEqualTo(1);
		assertThat(instance.capacity(1)).isZero();
	}

	@Test
	void readsPositionsBeforeStudents() throws IOException {
		NamedInstance named = read("""
				{"positions": {"p": {"capacity": 2, "ranking": ["t", "s"]}}, "students": {"s": ["p"], "t": ["p"]}}
				""");

		assertThat(named.studentId(0)).isEqualTo("s");
		assertThat(named.instance().ranking(0)).containsExactly(1, 0);
		assertThat(DeferredAcceptance.solve(named.instance()).toArray()).containsExactly(0, 0);
	}

	@Test
	void readsManyIdsFirstSeenInListsInEitherOrder() throws IOException {
		// 5,000 students first seen in rankings, 3,000 positions first seen in lists
		int students = 5_000;
		int positions = 3_000;
		StringBuilder rankings = new StringBuilder();
		for (int p = 0; p < positions; p++) {
			rankings.append((p > 0) ? "," : "").append("\"p").append(p).append("\": {\"capacity\": 2, \"ranking\": [");
			for (int i = 0; i < 5; i++) {
				rankings.append((i > 0) ? "," : "").append("\"s").append((p * 7 + i * 1013) % students).append('"');
			}
			rankings.append("]}");
		}
		StringBuilder lists = new StringBuilder();
		for (int s = students - 1; s >= 0; s--) {
			lists.append((s < students - 1) ? "," : "")
				.append("\"s")
				.append(s)
				.append("\": [\"p")
				.append(s % positions)
				.append("\", \"p")
				.append((s + 1) % positions)
				.append("\"]");
		}
		String positionsJson = "\"positions\": {" + rankings + "}";
		String studentsJson = "\"students\": {" + lists + "}";

		NamedInstance positionsFirst = read("{" + positionsJson + ", " + studentsJson + "}");
		NamedInstance studentsFirst = read("{" + studentsJson + ", " + positionsJson + "}");

		for (NamedInstance named : List.of(positionsFirst, studentsFirst)) {
			MatchingInstance instance = named.instance();
			assertThat(instance.studentCount()).isEqualTo(students);
			assertThat(instance.positionCount()).isEqualTo(positions);
			assertThat(named.studentId(0)).isEqualTo("s" + (students - 1));
			assertThat(named.positionId(positions - 1)).isEqualTo("p" + (positions - 1));
			int[] preferences = instance.preferences(students - 1 - 1234);
			assertThat(named.positionId(preferences[0])).isEqualTo("p" + (1234 % positions));
			assertThat(named.positionId(preferences[1])).isEqualTo("p" + (1235 % positions));
			int[] ranking = instance.ranking(2_999);
			assertThat(named.studentId(ranking[4])).isEqualTo("s" + ((2_999 * 7 + 4 * 1013) % students));
		}
		assertThat(DeferredAcceptance.solve(positionsFirst.instance()).toArray())
			.isEqualTo(DeferredAcceptance.solve(studentsFirst.instance()).toArray());
	}

	@Test
	void namesTheOffendingId() {
		assertInvalid(
				"{\"students\": {\"s1\": [\"p1\", \"p9\"]}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": []}}}",
				"unknown position \"p9\" in the list of student \"s1\"");
		assertInvalid(
				"{\"students\": {\"s1\": []}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\", \"s7\"]}}}",
				"unknown student \"s7\" in the ranking of position \"p1\"");
		assertInvalid(
				"{\"students\": {\"s1\": [\"p1\", \"p1\"]}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": []}}}",
				"student \"s1\" lists position \"p1\" twice");
		assertInvalid(
				"{\"students\": {\"s1\": []}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\", \"s1\"]}}}",
				"position \"p1\" ranks student \"s1\" twice");
		assertInvalid("{\"students\": {\"s1\": [], \"s1\": []}, \"positions\": {}}", "student \"s1\" is defined twice");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"capacity\": -2, \"ranking\": []}}}",
				"position \"p1\" has negative capacity -2");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"capacity\": 1.5, \"ranking\": []}}}",
				"the capacity of position \"p1\" must be an integer");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"capacity\": 99999999999, \"ranking\": []}}}",
				"the capacity of position \"p1\" is out of range: 99999999999");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"ranking\": []}}}",
				"position \"p1\" has no capacity");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"capacity\": 1}}}",
				"position \"p1\" has no ranking");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [], \"x\": 1}}}",
				"unexpected or repeated field \"x\" in position \"p1\"");
		assertInvalid("{\"students\": {\"s1\": [\"p1\", 3]}, \"positions\": {}}",
				"the list of student \"s1\" must hold position ids as strings");
	}

	@Test
	void rejectsDocumentsOfAnotherShape() {
		assertInvalid("{\"students\": {}}", "the instance needs both \"students\" and \"positions\"");
		assertInvalid("{\"students\": {}, \"positions\": {}, \"students\": {}}",
				"unexpected or repeated field \"students\" in the instance");
		assertInvalid("[]", "the instance must be a JSON object");
		assertInvalid("{\"students\": [], \"positions\": {}}",
				"\"students\" must be an object of student id to list of position ids");
		assertInvalid("{\"students\": {}, \"positions\": {}} {}", "unexpected content after the instance");
	}

	@Test
	void reportsMalformedJsonWithItsLocation() {
		assertInvalid("{\"students\": {\"s0\": [], \"s1\": [\"p1\"",
				"malformed JSON at line 1, column 36, in student \"s1\": Unexpected end-of-input: "
						+ "expected close marker for Array");
		assertInvalid("{\"students\": {\"s1\" [\"p1\"]}}", "malformed JSON at line 1, column 20");
		assertInvalid("{\"students\": {}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\",]}}}",
				", in position \"p1\": ");
		assertInvalid("", "the instance must be a JSON object");
	}

	@Test
	void namesTheReferrerByItsOwnId() {
		// the students are numbered in the order first seen (s1, s2) and defined in
		// another
		// (s2, s1): the unknown position is in the list of s1
		assertInvalid(
				"{\"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\", \"s2\"]}}, "
						+ "\"students\": {\"s2\": [], \"s1\": [\"p1\", \"p9\"]}}",
				"unknown position \"p9\" in the list of student \"s1\"");
		assertInvalid("{\"students\": {\"s1\": [\"p2\", \"p1\"]}, \"positions\": {"
				+ "\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\"]}, \"p2\": {\"capacity\": 1, \"ranking\": [\"s9\"]}}}",
				"unknown student \"s9\" in the ranking of position \"p2\"");
	}

	@Test
	void completesWhenTheCallerIsInterruptedAndKeepsTheInterrupt() throws IOException {
		StringBuilder students = new StringBuilder("\"s0\": [\"p1\"]");
		for (int s = 1; s < 60_000; s++) {
			students.append(", \"s").append(s).append("\": [\"p1\"]");
		}
		Thread.currentThread().interrupt();
		try {
			NamedInstance named = read("{\"students\": {" + students
					+ "}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s59999\"]}}}");
			assertThat(named.instance().studentCount()).isEqualTo(60_000);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(numberingThreadsAlive()).isZero();
	}

	@Test
	void reportsTheFirstProblemInTheDocumentWhicheverThreadFindsIt() {
		List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
		Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
		// only the reader's own threads count: other tests' threads may be alive in this
		// JVM
		Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> {
			if (thread.getName().equals("instance-numbering")) {
				uncaught.add(ex);
			}
			else if (before != null) {
				before.uncaughtException(thread, ex);
			}
			else {
				thread.getThreadGroup().uncaughtException(thread, ex);
			}
		});
		try {
			problemsFoundByEitherThread();
		}
		finally {
			Thread.setDefaultUncaughtExceptionHandler(before);
		}
		assertThat(uncaught).isEmpty();
		assertThat(numberingThreadsAlive()).isZero();
	}

	private static long numberingThreadsAlive() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.getName().equals("instance-numbering"))
			.count();
	}

	private void problemsFoundByEitherThread() {
		// students are numbered on a thread of their own, which lags the parse: a problem
		// it finds early in a long document still wins over one the parse finds later
		StringBuilder students = new StringBuilder("\"s0\": [], \"s0\": []");
		for (int s = 1; s < 60_000; s++) {
			students.append(", \"s").append(s).append("\": [\"p1\"]");
		}
		assertInvalid("{\"students\": {" + students + "}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [",
				"student \"s0\" is defined twice");
		assertInvalid(
				"{\"students\": {" + students.substring(students.indexOf("\"s1\"")) + "}, \"positions\": {"
						+ "\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\", \"s1\"]}, \"p1\": {}}",
				"position \"p1\" ranks student \"s1\" twice");
		assertInvalid(
				"{\"students\": {" + students.substring(students.indexOf("\"s1\"")) + ", \"s9\": [\"p1\"]}, "
						+ "\"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\", \"s1\"]}}}",
				"student \"s9\" is defined twice");
	}

	private static NamedInstance read(String json) throws IOException {
		return InstanceReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static void assertInvalid(String json, String message) {
		assertThatExceptionOfType(InvalidInstanceException.class).isThrownBy(() -> read(json))
			.withMessageContaining(message);
	}

}
