/**
 * Clubs of a university's student association federation: registration and its review
 * chain, public notice and probation, members, officers and instructors, and the
 * development fund with its hash-chained spending ledger.
 */
package org.practica.club;
