/**
 * The pages' frame: layout, home, sign-in page, language switch and error pages.
 */
package org.practica.web;
