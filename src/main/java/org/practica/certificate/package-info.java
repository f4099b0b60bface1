/**
 * Certificates of volunteer service: numbered PDFs of a student's verified hours, and
 * their public verification.
 */
package org.practica.certificate;
