package org.practica.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingPackageTests {

	@Test
	void engineDependsOnNothingFromSpring() throws IOException {
		List<String> offenders;
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/practica/matching"))) {
			offenders = sources.filter((source) -> contains(source, "org.springframework"))
				.map((source) -> source.getFileName().toString())
				.toList();
		}
		assertThat(offenders).isEmpty();
	}

	private static boolean contains(Path source, String text) {
		try {
			return Files.readString(source).contains(text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
