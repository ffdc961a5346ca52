package uk.mljobs.moderation;

public enum DecisionAction {

	APPROVE, REJECT

}
