/**
 * Clubs of a university's student association federation: registration and its review
 * chain, public notice and probation, members, officers and instructors, activities (as
 * projects the club owns), annual reviews, star ratings, dormancy and takeovers, and the
 * development fund with its hash-chained spending ledger.
 */
package org.practica.club;
