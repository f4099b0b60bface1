/**
 * Shifts and sign-ups: what students sign up for, with hard capacity, a waitlist and no
 * overlapping shifts.
 */
package org.practica.signup;
