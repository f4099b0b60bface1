/**
 * Attendance: rotating check-in codes shown as QR codes, check-in and check-out of
 * shifts, missed check-outs.
 */
package org.practica.attendance;
