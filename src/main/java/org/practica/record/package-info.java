/**
 * The volunteer record of the national rules: its five parts on a page and in a PDF,
 * volunteers' requests to correct it, and its export to the national volunteer system.
 */
package org.practica.record;
