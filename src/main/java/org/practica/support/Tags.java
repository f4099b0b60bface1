package org.practica.support;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Tags such as skills or direction codes: trimmed, without duplicates, kept in one column
 * as {@code ,a,b,} so a {@code like '%,a,%'} finds them.
 */
public final class Tags {

	public static final int MAX_TAGS = 20;

	public static final int MAX_TAG_LENGTH = 40;

	private Tags() {
	}

	/**
	 * The normalised tags: trimmed, lower case for Latin letters, empty ones and
	 * duplicates dropped.
	 */
	public static List<String> normalise(Collection<String> tags) {
		if (tags == null) {
			return List.of();
		}
		LinkedHashSet<String> result = new LinkedHashSet<>();
		for (String tag : tags) {
			if (tag != null) {
				for (String part : tag.split("[,，、;；]")) {
					String t = part.strip().toLowerCase(Locale.ROOT);
					if (!t.isEmpty()) {
						result.add(t);
					}
				}
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The normalised tags, refused (a 400 naming the field) when there are more than
	 * {@value #MAX_TAGS} or one is longer than {@value #MAX_TAG_LENGTH} characters: what
	 * their column holds.
	 */
	public static List<String> checked(String field, Collection<String> tags) {
		List<String> normal = normalise(tags);
		if (normal.size() > MAX_TAGS) {
			throw FieldProblem.invalid(field, "tags.too-many", MAX_TAGS);
		}
		if (normal.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
			throw FieldProblem.invalid(field, "tags.too-long", MAX_TAG_LENGTH);
		}
		return normal;
	}

	/** Splits free text typed in a form ("绘画, 视频") into normalised tags. */
	public static List<String> parse(String text) {
		return text == null ? List.of() : normalise(List.of(text));
	}

	/** Stores a list of tags in one column. */
	@Converter
	public static class ColumnConverter implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(List<String> tags) {
			if (tags == null || tags.isEmpty()) {
				return ",";
			}
			return "," + String.join(",", tags) + ",";
		}

		@Override
		public List<String> convertToEntityAttribute(String column) {
			if (column == null || column.length() <= 1) {
				return List.of();
			}
			return Arrays.stream(column.substring(1, column.length() - 1).split(","))
				.filter(Objects::nonNull)
				.filter(s -> !s.isEmpty())
				.toList();
		}

	}

}
