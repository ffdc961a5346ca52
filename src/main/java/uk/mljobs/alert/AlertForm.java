package uk.mljobs.alert;

/**
 * What a visitor types to get an alert: their address and how often.
 *
 * @param email the address
 * @param frequency DAILY or WEEKLY
 */
record AlertForm(String email, String frequency) {
}
