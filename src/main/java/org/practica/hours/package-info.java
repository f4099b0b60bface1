/**
 * Attendance and hours: the append-only ledger of hours served, and their verification.
 */
package org.practica.hours;
