package org.practica.directory;

import java.time.Instant;

/**
 * Someone asked for a password reset of an account that has an email address, or an admin
 * sent one: a mail with a single-use link must go to the account's address. The token is
 * the only copy that can be used; the directory keeps its hash.
 *
 * @param accountId the account whose password may be reset
 * @param token the secret part of the link ({@code /password-reset/{token}})
 * @param expiresAt when the link stops working
 */
public record PasswordResetRequested(Long accountId, String token, Instant expiresAt) {
}
