package org.practica.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * On a record: its {@code end} date is not before its {@code start} date. The message
 * goes to the end date's field, so a form shows it there.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateRange.Validator.class)
public @interface DateRange {

	String start();

	String end();

	boolean strict() default false;

	String message() default "{field.end-date.before-start}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DateRange, Record> {

		private DateRange range;

		@Override
		public void initialize(DateRange range) {
			this.range = range;
		}

		@Override
		public boolean isValid(Record value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			Comparable<Object> start = component(value, this.range.start());
			Comparable<Object> end = component(value, this.range.end());
			if (start == null || end == null) {
				return true;
			}
			int order = end.compareTo(start);
			if (order > 0 || (order == 0 && !this.range.strict())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.range.message())
				.addPropertyNode(this.range.end())
				.addConstraintViolation();
			return false;
		}

		@SuppressWarnings("unchecked")
		private static Comparable<Object> component(Record value, String name) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				if (component.getName().equals(name)) {
					try {
						component.getAccessor().setAccessible(true);
						return (Comparable<Object>) component.getAccessor().invoke(value);
					}
					catch (ReflectiveOperationException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
			throw new IllegalArgumentException("No date " + name + " on " + value.getClass());
		}

	}

}
