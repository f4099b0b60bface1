package org.practica.support;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Set;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What no request may bring in, whatever the field, checked once for all of them rather
 * than in each form: a NUL character in a text (PostgreSQL refuses it), a date outside
 * the years 1 to 9999 (outside what the database stores), a number where an enum's name
 * or a date is expected (Jackson would take it as an index or a count of days), and a
 * {@code null} inside a list. Each is a 400 naming the field, where it would otherwise be
 * a 500 or a value the client did not mean.
 */
@Configuration(proxyBeanMethods = false)
public class InputChecks {

	/** The first year a date may have. */
	public static final int MIN_YEAR = 1;

	/** The last year a date may have. */
	public static final int MAX_YEAR = 9999;

	private static final Set<Class<?>> TEMPORALS = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
			ZonedDateTime.class, Instant.class);

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		SimpleModule checks = new SimpleModule("practica-input-checks");
		checks.setDeserializerModifier(new Checks());
		return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.DateTime, coercion -> {
				coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
				coercion.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
			})
			.withCoercionConfig(LogicalType.Enum, coercion -> {
				coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
				coercion.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
			})
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.addModule(checks);
	}

	/** Whether the date or time lies in the years a column holds. */
	public static boolean inRange(Temporal value) {
		int year = MIN_YEAR;
		if (value instanceof LocalDate date) {
			year = date.getYear();
		}
		else if (value instanceof LocalDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof OffsetDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof ZonedDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof Instant instant) {
			year = instant.atOffset(ZoneOffset.UTC).getYear();
		}
		return year >= MIN_YEAR && year <= MAX_YEAR;
	}

	/** The message key for what is wrong with a text, or {@code null}. */
	static String textProblem(String text) {
		return text != null && text.indexOf('\0') >= 0 ? "field.nul" : null;
	}

	/** Wraps the deserializers of texts and of dates and times with the checks. */
	static class Checks extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			Class<?> type = description.getBeanClass();
			if (type == String.class || TEMPORALS.contains(type)) {
				return new Checked(deserializer);
			}
			return deserializer;
		}

	}

	static class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			boolean temporal = handledType() != String.class;
			if (temporal && (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
					|| parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT)) {
				return context.reportInputMismatch(this, "field.date-as-number");
			}
			Object value = super.deserialize(parser, context);
			if (value instanceof String text && textProblem(text) != null) {
				return context.reportInputMismatch(this, textProblem(text));
			}
			if (value instanceof Temporal time && !inRange(time)) {
				return context.reportInputMismatch(this, "field.date-range");
			}
			return value;
		}

		@Override
		public Class<?> handledType() {
			return this._delegatee.handledType();
		}

	}

	/**
	 * The same for request parameters and form fields: a text with a NUL, or a date
	 * outside the years, does not bind.
	 */
	@ControllerAdvice
	static class FormInput {

		@InitBinder
		void checks(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					if (textProblem(text) != null) {
						throw new IllegalArgumentException("A NUL character");
					}
					setValue(text);
				}
			});
			binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					if (text == null || text.isBlank()) {
						setValue(null);
						return;
					}
					LocalDate date;
					try {
						date = LocalDate.parse(text.strip());
					}
					catch (java.time.DateTimeException ex) {
						throw new IllegalArgumentException("Not a date", ex);
					}
					if (!inRange(date)) {
						throw new IllegalArgumentException("A date outside the years a column holds");
					}
					setValue(date);
				}

				@Override
				public String getAsText() {
					return getValue() == null ? "" : getValue().toString();
				}
			});
		}

	}

}
