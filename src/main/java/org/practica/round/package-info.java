/**
 * Matching rounds: students rank shifts within a window, shifts rank them by published
 * criteria and a recorded lottery, and the matching engine assigns them stably.
 */
package org.practica.round;
