/**
 * Direct elections of club officers (选举): a frozen roll, self-nomination, a secret ballot
 * cast once per member, trackers, published hash-chained ballots anyone can recount, and
 * the handover of office after the result's public notice.
 */
package org.practica.election;
