package org.practica.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface NoticeSubjectRepository extends ListCrudRepository<NoticeSubject, Long> {

	List<NoticeSubject> findByNoticeIdOrderByOrdinal(Long noticeId);

	Optional<NoticeSubject> findByIdAndNoticeId(Long id, Long noticeId);

}
