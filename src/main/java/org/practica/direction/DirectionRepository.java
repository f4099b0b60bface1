package org.practica.direction;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DirectionRepository extends Repository<Direction, String> {

	List<Direction> findAllByOrderByPosition();

}
