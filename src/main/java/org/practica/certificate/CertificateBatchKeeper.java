package org.practica.certificate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes up certificate batches whose instance stopped while they ran (a restart, a crash,
 * a failover): safe on every instance, as only one run takes a batch and a run that has
 * lost it stops.
 */
@Component
class CertificateBatchKeeper {

	private final CertificateBatches batches;

	CertificateBatchKeeper(CertificateBatches batches) {
		this.batches = batches;
	}

	@Scheduled(fixedDelayString = "${practica.certificate.batch-check-every:1m}",
			initialDelayString = "${practica.certificate.batch-check-every:1m}")
	void takeUpStalled() {
		// through the proxy, each in the background; of several runs, only one takes a
		// batch
		this.batches.stalled().forEach(this.batches::run);
	}

}
