package uk.mljobs.shared;

/**
 * A signed-in principal that can say how the layout should greet it.
 */
public interface DisplayNamed {

	String displayName();

}
