package uk.mljobs.shared;

/**
 * An edit based on a version that has moved on: someone else saved first, so this one was
 * not applied over theirs. Controllers that can show the form again with what was typed
 * (and what is there now) catch it; anywhere else it is a plain 409.
 */
public class StaleEditException extends ConflictException {

	public StaleEditException(String what) {
		super(what + " was changed by someone else after you opened it, so your change was not saved. "
				+ "Open it again to see the current version, then redo your change.");
	}

}
