package org.practica.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files in a local directory ({@code practica.files.directory}, by default
 * {@code ./data/files}). Each file is written to a temporary name first and then moved
 * into place, so a reader never sees half a file. Another store (an object store) is
 * chosen with {@code practica.files.store}.
 */
@Component
@ConditionalOnProperty(name = "practica.files.store", havingValue = "local", matchIfMissing = true)
class LocalFileStore implements FileStore {

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*");

	private final Path root;

	LocalFileStore(FileSettings settings) {
		this.root = settings.directory().toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] bytes) {
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
			Files.write(partial, bytes);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + key, ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						delete(key);
					}
				}
			});
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(Files.readAllBytes(path(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + key, ex);
		}
	}

	/** The file's path, for a key that cannot leave the directory. */
	private Path path(String key) {
		if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
			throw new IllegalArgumentException("Not a file key: " + key);
		}
		return this.root.resolve(key);
	}

}
