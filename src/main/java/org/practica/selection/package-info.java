/**
 * Case selection: judged calls for cases in units, automatic assignment of judges, scores
 * normalised across judges, and the public case library they are published into.
 */
package org.practica.selection;
