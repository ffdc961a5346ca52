package uk.mljobs.moderation;

/**
 * What a moderation decision was about.
 */
public enum DecisionSubject {

	POSTING, COMPANY

}
