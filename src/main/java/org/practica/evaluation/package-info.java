/**
 * Evaluations both ways once a project completes: the community rates the team and its
 * students, they rate the community, blind until both have spoken, and the averages that
 * teams' and communities' pages and the suggestions show.
 */
package org.practica.evaluation;
