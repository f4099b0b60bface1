package org.practica.selection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of case selection and the case library.
 *
 * @param indexDirectory where the case library's search index lives; empty keeps it in
 * memory (tests), rebuilt from the database at each start
 */
@ConfigurationProperties("practica.selection")
public record SelectionSettings(String indexDirectory) {

}
