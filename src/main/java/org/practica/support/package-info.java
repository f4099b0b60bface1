/**
 * Small types shared by every module: pages of results, problems, geography. No business
 * rules.
 */
package org.practica.support;
