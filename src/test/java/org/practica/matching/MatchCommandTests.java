package org.practica.matching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MatchCommandTests {

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Path in;

	private Path result;

	@BeforeEach
	void files() {
		this.in = this.directory.resolve("instance.json");
		this.result = this.directory.resolve("result.json");
	}

	@Test
	void writesAssignmentsUnassignedAndStats() throws IOException {
		Files.writeString(this.in, """
				{"students": {"ann": ["zoo", "lib"], "bob": ["zoo"], "cy": ["zoo", "lib"], "dee": ["lib"]},
				 "positions": {"zoo": {"capacity": 1, "ranking": ["cy", "ann", "bob"]},
				               "lib": {"capacity": 2, "ranking": ["ann", "cy"]}}}
				""");

		int status = run("--in", this.in.toString(), "--out", this.result.toString(), "--verify");

		assertThat(status).as(text(this.err)).isZero();
		assertThat(text(this.out)).startsWith("assigned 2 of 4 students to 2 positions (3 seats) with 4 proposals")
			.contains("verified stable");
		JsonNode json = JsonMapper.shared().readTree(this.result);
		assertThat(json.get("assignments").properties()).hasSize(2);
		assertThat(json.get("assignments").get("ann").asString()).isEqualTo("lib");
		assertThat(json.get("assignments").get("cy").asString()).isEqualTo("zoo");
		assertThat(json.get("unassigned").values()).extracting(JsonNode::asString).containsExactly("bob", "dee");
		JsonNode stats = json.get("stats");
		assertThat(stats.get("students").asInt()).isEqualTo(4);
		assertThat(stats.get("positions").asInt()).isEqualTo(2);
		assertThat(stats.get("seats").asInt()).isEqualTo(3);
		assertThat(stats.get("assigned").asInt()).isEqualTo(2);
		assertThat(stats.get("proposals").asInt()).isEqualTo(4);
		assertThat(stats.get("solveMillis").isIntegralNumber()).isTrue();
		assertThat(leftovers()).containsExactlyInAnyOrder("instance.json", "result.json");
		if (this.directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(Files.getPosixFilePermissions(this.result)).isEqualTo(Files.getPosixFilePermissions(this.in));
		}
	}

	@Test
	void roundTripsAGeneratedInstance() throws IOException {
		InstanceGenerator generated = InstanceGenerator.generate(2_000, 3);
		generated.writeJson(this.in);
		int[] expected = DeferredAcceptance.solve(generated.instance()).toArray();

		assertThat(run("--in", this.in.toString(), "--out", this.result.toString())).isZero();

		JsonNode json = JsonMapper.shared().readTree(this.result);
		int assigned = 0;
		for (int s = 0; s < expected.length; s++) {
			JsonNode position = json.get("assignments").get(InstanceGenerator.studentId(s));
			if (expected[s] == Matching.UNASSIGNED) {
				assertThat(position).isNull();
			}
			else {
				assertThat(position.asString()).isEqualTo(InstanceGenerator.positionId(expected[s]));
				assigned++;
			}
		}
		assertThat(json.get("unassigned").size()).isEqualTo(expected.length - assigned);
		assertThat(json.get("stats").get("assigned").asInt()).isEqualTo(assigned);
	}

	@Test
	void malformedJsonFailsWithoutOutput() throws IOException {
		assertFails("{\"students\": {\"s1\": [\"p1\"]", "malformed JSON");
	}

	@Test
	void unknownIdFailsNamingIt() throws IOException {
		assertFails("{\"students\": {\"s1\": [\"p404\"]}, \"positions\": {}}", "\"p404\"");
	}

	@Test
	void duplicateInAListFailsNamingIt() throws IOException {
		assertFails(
				"{\"students\": {\"s1\": []}, \"positions\": {\"p1\": {\"capacity\": 1, \"ranking\": [\"s1\", \"s1\"]}}}",
				"position \"p1\" ranks student \"s1\" twice");
	}

	@Test
	void negativeCapacityFailsNamingThePosition() throws IOException {
		assertFails("{\"students\": {}, \"positions\": {\"p7\": {\"capacity\": -1, \"ranking\": []}}}",
				"position \"p7\" has negative capacity -1");
	}

	@Test
	void failureLeavesAnEarlierResultAlone() throws IOException {
		Files.writeString(this.result, "earlier");
		Files.writeString(this.in, "{\"students\": {\"s1\": [\"p1\", \"p1\"]}, \"positions\": {}}");

		assertThat(run("--in", this.in.toString(), "--out", this.result.toString())).isEqualTo(MatchCommand.FAILED);

		assertThat(Files.readString(this.result)).isEqualTo("earlier");
		assertThat(text(this.err)).contains("student \"s1\" lists position \"p1\" twice");
		assertThat(leftovers()).containsExactlyInAnyOrder("instance.json", "result.json");
	}

	@Test
	void missingInputFails() {
		assertThat(run("--in", this.in.toString(), "--out", this.result.toString())).isEqualTo(MatchCommand.FAILED);
		assertThat(text(this.err)).contains("no such file").contains("instance.json");
		assertThat(this.result).doesNotExist();
	}

	@Test
	void badUsageShowsHowToCallIt() {
		assertThat(run("--in", this.in.toString())).isEqualTo(MatchCommand.USAGE);
		assertThat(run("--in", "a", "--out", "b", "--fast")).isEqualTo(MatchCommand.USAGE);
		assertThat(text(this.err)).contains("unexpected argument: --fast").contains("usage: match --in");
	}

	private void assertFails(String json, String message) throws IOException {
		Files.writeString(this.in, json);

		int status = run("--in", this.in.toString(), "--out", this.result.toString());

		assertThat(status).isEqualTo(MatchCommand.FAILED);
		assertThat(text(this.err)).startsWith("invalid instance ").contains(message);
		assertThat(this.result).doesNotExist();
		assertThat(leftovers()).containsExactly("instance.json");
	}

	private int run(String... args) {
		return MatchCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private List<String> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.map((path) -> path.getFileName().toString()).toList();
		}
	}

}
