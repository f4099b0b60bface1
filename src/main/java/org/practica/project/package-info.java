/**
 * The project list: suggestions between needs and offers, the two-way selection fair, and
 * the projects it makes.
 */
package org.practica.project;
