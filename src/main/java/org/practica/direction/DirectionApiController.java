package org.practica.direction;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Demand list, service list, project list")
class DirectionApiController {

	private final Directions directions;

	DirectionApiController(Directions directions) {
		this.directions = directions;
	}

	@Operation(summary = "The direction catalogue, names in the caller's language")
	@GetMapping("/api/v1/directions")
	List<DirectionJson> all(Locale locale) {
		return this.directions.all()
			.stream()
			.map(d -> new DirectionJson(d.getCode(), d.name(locale), d.getParentCode()))
			.toList();
	}

	record DirectionJson(String code, String name, String parentCode) {
	}

}
