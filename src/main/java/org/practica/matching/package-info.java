/**
 * Stable assignment of students to positions: student-proposing deferred acceptance with
 * capacities, its verifier, and the {@code match} command over the JSON format.
 */
package org.practica.matching;
