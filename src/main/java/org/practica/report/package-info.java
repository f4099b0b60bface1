/**
 * Reports: what an organisation's subtree produced over a period, as figures for the
 * summary API and the dashboard page.
 */
package org.practica.report;
