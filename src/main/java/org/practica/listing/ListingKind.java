package org.practica.listing;

import java.util.Locale;
import java.util.Map;

import org.practica.directory.OrganisationKind;

/**
 * What sets one kind of listing apart in the rules all kinds share.
 *
 * @param name the kind's name: in its message keys ({@code need.publish.not-draft}), its
 * pages' path ({@code /needs}) and its templates' folder
 * @param owner the kind of organisation a listing belongs to
 * @param ownerField the request's field that names that organisation
 * @param sortable what a list may be sorted by besides the publication time, the title
 * and the creation time, as callers name it, and the attribute each name stands for
 */
public record ListingKind(String name, OrganisationKind owner, String ownerField, Map<String, String> sortable) {

	/** The message key of a rule or a notice of this kind. */
	public String message(String suffix) {
		return this.name + "." + suffix;
	}

	/** A message key about the owner, such as {@code need.community.fixed}. */
	String ownerMessage(String suffix) {
		return message(this.owner.name().toLowerCase(Locale.ROOT) + "." + suffix);
	}

	/** The path of the pages, such as {@code /needs}; the API's is under /api/v1. */
	public String path() {
		return "/" + this.name + "s";
	}

}
