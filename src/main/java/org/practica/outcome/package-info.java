/**
 * Outcome reports: what a project achieved, told by its team leader or community admin in
 * plain paragraphs with photos and typed reach figures, public once published.
 */
package org.practica.outcome;
