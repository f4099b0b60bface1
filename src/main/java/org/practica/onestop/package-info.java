/**
 * The one-stop student community: services of four kinds with bookable slots, counselling
 * kept private, safety courses with quizzes, and announcements where students live.
 */
package org.practica.onestop;
