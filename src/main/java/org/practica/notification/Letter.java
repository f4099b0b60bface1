package org.practica.notification;

/**
 * A mail written for one person, in their language.
 *
 * @param to the address
 * @param language the language it is written in (its {@code Content-Language})
 * @param subject the subject
 * @param text the plain-text part
 * @param html the HTML part
 * @param unsubscribe the one-click unsubscribe link of a notice mail; {@code null} for a
 * mail that must always go (a password reset)
 */
record Letter(String to, java.util.Locale language, String subject, String text, String html, String unsubscribe) {
}
