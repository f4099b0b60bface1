package org.practica.web;

import java.util.Map;

import org.practica.support.RequestIds;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The server's own error answers (an unknown path, a failure no handler took) name the
 * request's id too, as the problem answers do.
 */
@Component
class RequestIdErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object id = request.getAttribute(RequestIds.KEY, RequestAttributes.SCOPE_REQUEST);
		if (id != null) {
			attributes.put(RequestIds.KEY, id);
		}
		return attributes;
	}

}
