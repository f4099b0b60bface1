/**
 * In-app notifications and the daily reminders: a shift tomorrow, hours waiting for
 * verification.
 */
package org.practica.notification;
