package org.practica.direction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The direction catalogue, read once: it changes only with a migration.
 */
@Service
public class Directions {

	private final DirectionRepository repository;

	private volatile Map<String, Direction> byCode;

	Directions(DirectionRepository repository) {
		this.repository = repository;
	}

	private Map<String, Direction> catalogue() {
		Map<String, Direction> result = this.byCode;
		if (result == null) {
			Map<String, Direction> loaded = new LinkedHashMap<>();
			this.repository.findAllByOrderByPosition().forEach(d -> loaded.put(d.getCode(), d));
			result = java.util.Collections.unmodifiableMap(loaded);
			this.byCode = result;
		}
		return result;
	}

	/**
	 * Every direction, in catalogue order: each top-level one followed by its finer ones.
	 */
	public List<Direction> all() {
		return List.copyOf(catalogue().values());
	}

	public boolean exists(String code) {
		return code != null && catalogue().containsKey(code);
	}

	/** The top-level code of a direction; the code itself when unknown. */
	public String topLevel(String code) {
		Direction direction = catalogue().get(code);
		return direction == null ? code : direction.topLevelCode();
	}

	public String name(String code, Locale locale) {
		Direction direction = catalogue().get(code);
		return direction == null ? code : direction.name(locale);
	}

	/** Every direction's name in a language, by code, for pages. */
	public Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		catalogue().values().forEach(d -> names.put(d.getCode(), d.name(locale)));
		return names;
	}

}
