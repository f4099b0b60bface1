package org.practica.notification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

	List<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Limit limit);

	long countByAccountIdAndReadAtIsNull(Long accountId);

	List<Notification> findByAccountIdAndReadAtIsNull(Long accountId);

}
