/**
 * The demand list: what communities need, from draft to published, closed or cancelled.
 */
package org.practica.need;
