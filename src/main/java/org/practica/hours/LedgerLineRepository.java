package org.practica.hours;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface LedgerLineRepository extends Repository<LedgerLine, Long> {

	LedgerLine save(LedgerLine line);

	List<LedgerLine> findBySeqGreaterThanOrderBySeq(long seq, Limit limit);

	List<LedgerLine> findByEntryIdOrderBySeq(Long entryId);

	List<LedgerLine> findByEntryIdInOrderBySeq(java.util.Collection<Long> entryIds);

}
