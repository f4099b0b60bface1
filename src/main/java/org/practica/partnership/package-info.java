/**
 * Partnerships: co-operation agreements between a university side and a locality side,
 * their term, renewals and signed scans, the practice bases opened under them and what
 * each produced.
 */
package org.practica.partnership;
