package org.practica.directory;

import org.springframework.data.repository.ListCrudRepository;

interface SignInFailureRepository extends ListCrudRepository<SignInFailure, String> {

}
