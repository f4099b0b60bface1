package org.practica.record;

import java.util.List;

/**
 * Where the record's training part comes from: any module that keeps training (safety
 * courses completed, other courses) implements this and is found as a bean; the record
 * says "nothing yet" while there is none.
 */
public interface TrainingRecords {

	/** The volunteer's completed training, in any order. */
	List<TrainingRecord> of(Long studentId);

}
