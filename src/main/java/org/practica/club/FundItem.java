package org.practica.club;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A line item of a fund request: what the money is for and how much.
 *
 * @param name the item
 * @param amount its amount in yuan
 */
@Embeddable
public record FundItem(@Column(nullable = false) String name, @Column(nullable = false) BigDecimal amount) {
}
