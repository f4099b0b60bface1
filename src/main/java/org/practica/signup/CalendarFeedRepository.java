package org.practica.signup;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CalendarFeedRepository extends ListCrudRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findBySecretHash(String secretHash);

}
