package org.practica.certificate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes up certificate batches whose instance stopped while they ran (a restart, a crash,
 * a failover): safe on every instance, as each batch is claimed once.
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
		// through the proxy: each batch runs in the background
		this.batches.claimStalled().forEach(this.batches::run);
	}

}
