/**
 * The service list: what student teams offer to do, from draft to published, closed or
 * cancelled.
 */
package org.practica.offer;
