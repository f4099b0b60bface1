/**
 * The catalogue of practice directions that needs, offers and projects are classified by.
 */
package org.practica.direction;
