package org.practica;

import java.util.Arrays;
import java.util.Locale;

import org.practica.hours.LedgerCheck;
import org.practica.matching.MatchCommand;
import org.practica.support.HashChain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Practica: campus–community practice, from a community's need to a verified certificate.
 * <p>
 * {@code java -jar practica.jar} runs the app;
 * {@code java -jar practica.jar verify-ledger} checks the hash chains of the hours ledger
 * and every other chained ledger (club spending) against the configured database, prints
 * the result and exits non-zero when it is broken.
 */
@SpringBootApplication
@Modulithic(sharedModules = "support")
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class PracticaApplication {

	public static void main(String[] args) {
		// The command-line tools: match runs with no application context at all
		if (args.length > 0 && args[0].equals("match")) {
			System.exit(MatchCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("verify-ledger")) {
			System.exit(verifyLedger(args));
		}
		SpringApplication.run(PracticaApplication.class, args);
	}

	private static int verifyLedger(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticaApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn", "logging.level.org.practica=warn")
			.run(args)) {
			LedgerCheck.Report report = context.getBean(LedgerCheck.class).run();
			Object[] arguments = report.intact() ? new Object[] { report.linesChecked(), report.entriesChecked() }
					: new Object[] { report.brokenLine(), report.brokenEntry() };
			System.out.println(context.getMessage(report.messageKey(), arguments, Locale.ENGLISH));
			boolean intact = report.intact();
			// the other chained ledgers (club spending), each on a line of its own
			for (HashChain.Verifier ledger : context.getBeansOfType(HashChain.Verifier.class).values()) {
				if (ledger instanceof LedgerCheck) {
					continue;
				}
				HashChain.Result result = ledger.verify();
				System.out.println(context.getMessage(result.titleKey(), null, Locale.ENGLISH) + ": "
						+ context.getMessage(result.messageKey(), result.arguments(), Locale.ENGLISH));
				intact &= result.intact();
			}
			return intact ? 0 : 1;
		}
	}

}
