package org.practica.hours;

import org.springframework.data.repository.ListCrudRepository;

interface HoursEvidenceRepository extends ListCrudRepository<HoursEvidence, Long> {

}
