/**
 * The hours ledger: append-only, hash-chained lines of service hours, their verification,
 * disputes, corrections and governed back-fill.
 */
package org.practica.hours;
