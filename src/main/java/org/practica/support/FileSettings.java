package org.practica.support;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where {@link LocalFileStore} keeps uploaded files ({@code practica.files.*}).
 *
 * @param directory the directory, created when missing
 */
@Validated
@ConfigurationProperties("practica.files")
public record FileSettings(@NotNull Path directory) {
}
