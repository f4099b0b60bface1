/**
 * In-app notifications, the same by mail (at once, in a daily digest or never, as each
 * person chooses per category) with the password reset mail, and the daily reminders: a
 * shift tomorrow, hours waiting for verification.
 */
package org.practica.notification;
