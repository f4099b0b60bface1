package org.practica.onestop;

/**
 * A quiz taken: the score in per cent, whether it passed, and the student's completion
 * (the one recorded by the first pass), if any.
 */
public record Attempt(int score, boolean passed, Completion completion) {
}
