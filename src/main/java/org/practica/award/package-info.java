/**
 * Awards (表彰): calls for outstanding volunteers, organisations and projects, nominations
 * sent up the organisation tree with evidence from the records and machine-checked
 * eligibility, a shortlist put on public notice, and the awarded.
 */
package org.practica.award;
