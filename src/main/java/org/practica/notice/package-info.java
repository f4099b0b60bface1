/**
 * Public notices (公示): a shortlist shown to everyone for a number of working days,
 * real-name objections against its subjects, their decisions, and the outcome the owning
 * module acts on.
 */
package org.practica.notice;
