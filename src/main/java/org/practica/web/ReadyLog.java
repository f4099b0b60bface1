package org.practica.web;

import org.practica.support.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in one log line, once everything has started (migrations, demo data, the first
 * jobs), that the site answers now and where: the line a person starting it waits for.
 */
@Component
class ReadyLog {

	private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

	private final PlatformSettings settings;

	ReadyLog(PlatformSettings settings) {
		this.settings = settings;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Practica is ready: open http://localhost:{} (public address {})", web.getWebServer().getPort(),
					this.settings.publicUrl());
		}
	}

}
