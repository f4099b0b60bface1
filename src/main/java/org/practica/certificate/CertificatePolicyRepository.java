package org.practica.certificate;

import org.springframework.data.repository.ListCrudRepository;

interface CertificatePolicyRepository extends ListCrudRepository<CertificatePolicy, Long> {

}
