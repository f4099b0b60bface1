package org.practica.support;

/**
 * Serialises work on one person until the surrounding transaction ends (the directory
 * locks the person's account row), so that rules about what a person holds at once hold
 * under any concurrency.
 */
public interface PersonLock {

	void lock(Long accountId);

}
