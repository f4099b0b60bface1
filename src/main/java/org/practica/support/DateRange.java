package org.practica.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

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
			LocalDate start = component(value, this.range.start());
			LocalDate end = component(value, this.range.end());
			if (start == null || end == null || !end.isBefore(start)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.range.message())
				.addPropertyNode(this.range.end())
				.addConstraintViolation();
			return false;
		}

		private static LocalDate component(Record value, String name) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				if (component.getName().equals(name)) {
					try {
						component.getAccessor().setAccessible(true);
						return (LocalDate) component.getAccessor().invoke(value);
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
