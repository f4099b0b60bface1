package org.practica.round;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * A list of ids kept in order in one column, as {@code 1,2,3}.
 */
class IdList implements AttributeConverter<List<Long>, String> {

	@Override
	public String convertToDatabaseColumn(List<Long> ids) {
		return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	@Override
	public List<Long> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(Long::valueOf).toList();
	}

}
