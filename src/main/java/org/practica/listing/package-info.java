/**
 * What the demand list and the service list share: an organisation's listing, its life
 * from draft to published, closed or cancelled, how lists of them are searched, and the
 * pages and API that show them.
 */
package org.practica.listing;
