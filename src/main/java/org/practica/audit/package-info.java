/**
 * The activity log: who changed what, and when, across every module.
 */
package org.practica.audit;
