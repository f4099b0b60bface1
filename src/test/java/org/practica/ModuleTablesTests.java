package org.practica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module's SQL names another module's table: every table belongs to one module, and
 * only that module's code reads or writes it; others ask it through its public API or
 * keep a read model of their own, fed by its events. Tables are mapped to modules by the
 * entities (an entity's table belongs to the entity's module) and otherwise by the
 * migration that creates them ({@code V<n>__<module>_<change>.sql}; a table renamed by a
 * migration belongs to that migration's module). The SQL is every string in a module's
 * main code that names a table after {@code from}, {@code join}, {@code into},
 * {@code update} or {@code table}, and every JPQL entity name after {@code from} or
 * {@code join}.
 */
class ModuleTablesTests {

	private static final Path MAIN = Path.of("src/main/java/org/practica");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db");

	private static final Pattern MIGRATION = Pattern.compile("V[0-9_]+__([a-z]+)[a-z_]*\\.sql");

	private static final Pattern CREATE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern RENAME = Pattern.compile("(?i)\\balter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE_USE = Pattern
		.compile("\\b(?i:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)\\b");

	private static final Pattern ENTITY_USE = Pattern.compile("\\b(?:from|join)\\s+([A-Z][A-Za-z0-9]*)\\b");

	@Test
	void noModuleNamesAnotherModulesTable() throws IOException {
		Map<String, String> tables = tableOwners();
		Map<String, String> entities = entityOwners();
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Path relative = MAIN.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				violations.addAll(violations(module, relative.toString(), Files.readString(file), tables, entities));
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void tablesAndEntitiesAreMappedToTheirModules() throws IOException {
		Map<String, String> tables = tableOwners();
		assertThat(tables).containsEntry("hours_entry", "hours")
			.containsEntry("need", "need")
			.containsEntry("offer", "offer")
			.containsEntry("report_project", "report")
			.containsEntry("audit_activity", "audit")
			.containsEntry("matching_round", "round")
			.doesNotContainKey("activity");
		assertThat(entityOwners()).containsEntry("HoursEntry", "hours").containsEntry("Signup", "signup");
	}

	@Test
	void theCheckFindsSqlThatCrossesABoundary() throws IOException {
		Map<String, String> tables = tableOwners();
		Map<String, String> entities = entityOwners();
		String code = """
				class X {
					String a = "select h.id from hours_entry h join report_project p on p.project_id = h.project_id";
					String b = \"""
							update signup set status = 'X'\""";
					String c = "select s from Signup s where s.id = :id";
				}
				""";
		assertThat(violations("report", "X.java", code, tables, entities)).containsExactlyInAnyOrder(
				"report/X.java names hours_entry of module hours", "report/X.java names signup of module signup",
				"report/X.java names entity Signup of module signup");
	}

	private static List<String> violations(String module, String file, String code, Map<String, String> tables,
			Map<String, String> entities) {
		List<String> found = new ArrayList<>();
		Matcher string = STRING.matcher(code);
		while (string.find()) {
			String text = (string.group(1) != null) ? string.group(1) : string.group(2);
			Matcher table = TABLE_USE.matcher(text);
			while (table.find()) {
				String owner = tables.get(table.group(1));
				if (owner != null && !owner.equals(module)) {
					found.add("%s/%s names %s of module %s".formatted(module, file, table.group(1), owner));
				}
			}
			Matcher entity = ENTITY_USE.matcher(text);
			while (entity.find()) {
				String owner = entities.get(entity.group(1));
				if (owner != null && !owner.equals(module)) {
					found.add("%s/%s names entity %s of module %s".formatted(module, file, entity.group(1), owner));
				}
			}
		}
		return found;
	}

	/** Each table and the module it belongs to. */
	private static Map<String, String> tableOwners() throws IOException {
		Map<String, String> owners = new TreeMap<>();
		List<Path> migrations;
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			migrations = files.filter((f) -> MIGRATION.matcher(f.getFileName().toString()).matches())
				.sorted((a, b) -> version(a).compareTo(version(b)))
				.toList();
		}
		for (Path migration : migrations) {
			Matcher name = MIGRATION.matcher(migration.getFileName().toString());
			name.matches();
			String module = name.group(1);
			String sql = Files.readString(migration).replaceAll("--[^\\n]*", "");
			Matcher create = CREATE.matcher(sql);
			while (create.find()) {
				owners.put(create.group(1).toLowerCase(), module);
			}
			Matcher rename = RENAME.matcher(sql);
			while (rename.find()) {
				owners.remove(rename.group(1).toLowerCase());
				owners.put(rename.group(2).toLowerCase(), module);
			}
		}
		for (BeanDefinition entity : entities()) {
			Class<?> type = type(entity);
			Table table = type.getAnnotation(Table.class);
			String name = (table != null && !table.name().isEmpty()) ? table.name()
					: type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
			owners.put(name, module(type));
		}
		return owners;
	}

	/** Each JPA entity's name and its module. */
	private static Map<String, String> entityOwners() {
		Map<String, String> owners = new TreeMap<>();
		for (BeanDefinition entity : entities()) {
			Class<?> type = type(entity);
			owners.put(type.getSimpleName(), module(type));
		}
		return owners;
	}

	private static List<BeanDefinition> entities() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		return List.copyOf(scanner.findCandidateComponents("org.practica"));
	}

	private static Class<?> type(BeanDefinition definition) {
		try {
			return Class.forName(definition.getBeanClassName());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String module(Class<?> type) {
		return type.getPackageName().substring("org.practica.".length()).split("\\.")[0];
	}

	/** A migration's version, for ordering: {@code V41_1__x.sql} is 41.1. */
	private static java.math.BigDecimal version(Path migration) {
		String name = migration.getFileName().toString();
		return new java.math.BigDecimal(name.substring(1, name.indexOf("__")).replace('_', '.'));
	}

}
