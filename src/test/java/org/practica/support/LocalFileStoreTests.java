package org.practica.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalFileStoreTests {

	@TempDir
	Path directory;

	@Test
	void aFileIsKeptUnderItsKeyUntilDeleted() throws Exception {
		LocalFileStore store = new LocalFileStore(new FileSettings(this.directory));
		String key = FileStore.newKey("outcome", YearMonth.of(2026, 11), "jpg");

		store.put(key, new byte[] { 1, 2, 3 });

		assertThat(store.get(key)).hasValue(new byte[] { 1, 2, 3 });
		assertThat(Files.exists(this.directory.resolve(key))).isTrue();
		store.delete(key);
		assertThat(store.get(key)).isEmpty();
	}

	@Test
	void aFilePutInATransactionThatRollsBackIsRemoved() {
		LocalFileStore store = new LocalFileStore(new FileSettings(this.directory));
		String kept = FileStore.newKey("outcome", YearMonth.of(2026, 11), "png");
		String dropped = FileStore.newKey("outcome", YearMonth.of(2026, 11), "png");

		TransactionSynchronizationManager.initSynchronization();
		try {
			store.put(dropped, new byte[] { 9 });
			TransactionSynchronizationManager.getSynchronizations()
				.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.initSynchronization();
		try {
			store.put(kept, new byte[] { 8 });
			TransactionSynchronizationManager.getSynchronizations()
				.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}

		assertThat(store.get(dropped)).isEmpty();
		assertThat(store.get(kept)).hasValue(new byte[] { 8 });
	}

	@Test
	void aKeyCannotLeaveTheDirectory() {
		LocalFileStore store = new LocalFileStore(new FileSettings(this.directory));

		assertThatIllegalArgumentException().isThrownBy(() -> store.put("../outside.jpg", new byte[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> store.get("/etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.get("outcome/../../x"));
	}

}
