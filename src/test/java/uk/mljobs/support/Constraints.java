package uk.mljobs.support;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation without Spring, for constraint tests: the messages a form gets, by the
 * field they stand beside.
 */
public final class Constraints {

	private Constraints() {
	}

	/**
	 * The messages {@code form} gets, by field ({@code ""} for the form as a whole), each
	 * field's sorted.
	 * @param validators validators to use as they are, for those that take settings;
	 * others are made with their no-argument constructor, public or not
	 */
	public static Map<String, List<String>> messages(Object form, ConstraintValidator<?, ?>... validators) {
		try (ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.constraintValidatorFactory(new Given(validators))
			.buildValidatorFactory()) {
			return factory.getValidator()
				.validate(form)
				.stream()
				.collect(Collectors.groupingBy(
						(ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString(), TreeMap::new,
						Collectors.collectingAndThen(
								Collectors.mapping(ConstraintViolation::getMessage, Collectors.toList()),
								(messages) -> messages.stream().sorted().toList())));
		}
	}

	private record Given(ConstraintValidator<?, ?>[] validators) implements ConstraintValidatorFactory {

		@Override
		public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
			for (ConstraintValidator<?, ?> validator : this.validators) {
				if (type.isInstance(validator)) {
					return type.cast(validator);
				}
			}
			try {
				Constructor<T> constructor = type.getDeclaredConstructor();
				constructor.setAccessible(true);
				return constructor.newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot make " + type, ex);
			}
		}

		@Override
		public void releaseInstance(ConstraintValidator<?, ?> instance) {
		}

	}

}
