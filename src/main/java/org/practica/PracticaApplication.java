package org.practica;

import java.util.Arrays;

import org.practica.matching.MatchCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Practica: campus–community practice, from a community's need to a verified certificate.
 */
@SpringBootApplication
@Modulithic(sharedModules = "support")
@EnableScheduling
public class PracticaApplication {

	public static void main(String[] args) {
		// Command-line tools run before, and instead of, the application context.
		if (args.length > 0 && args[0].equals("match")) {
			System.exit(MatchCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(PracticaApplication.class, args);
	}

}
