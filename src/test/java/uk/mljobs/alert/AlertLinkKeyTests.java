package uk.mljobs.alert;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.alert.AlertSigner.Purpose;
import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a configured key, alert links are signed with this database's own random key: a
 * link signed with the key this repository once published does not verify.
 */
@IntegrationTest
class AlertLinkKeyTests {

	@Autowired
	private AlertSigner signer;

	@Test
	void aLinkForgedWithThePublishedKeyIsRefused() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(AlertProperties.PUBLISHED_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(mac.doFinal("UNSUBSCRIBE:1:ana@example.com".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.signer.verify(Purpose.UNSUBSCRIBE, 1, "ana@example.com", forged)).isFalse();
		assertThat(this.signer.verify(Purpose.UNSUBSCRIBE, 1, "ana@example.com",
				this.signer.sign(Purpose.UNSUBSCRIBE, 1, "ana@example.com")))
			.isTrue();
	}

}
