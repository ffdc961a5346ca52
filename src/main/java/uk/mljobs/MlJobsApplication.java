package uk.mljobs;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import uk.mljobs.shared.UkTime;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MlJobsApplication {

	static {
		// A UK site: every time it prints (audit trails, postings, alerts) reads in UK
		// time, whatever zone the server runs in. Stored times are instants either way.
		TimeZone.setDefault(TimeZone.getTimeZone(UkTime.ZONE));
	}

	public static void main(String[] args) {
		SpringApplication.run(MlJobsApplication.class, args);
	}

}
