package uk.mljobs.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a feature owns, on its {@code package-info}: only that feature's code names
 * them in SQL, and the others read and change what they hold through its public API. The
 * architecture tests hold every migrated table to exactly one owner.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/** The tables' names, as the migrations create them. */
	String[] value();

}
