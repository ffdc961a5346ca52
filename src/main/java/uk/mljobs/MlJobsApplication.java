package uk.mljobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MlJobsApplication {

	public static void main(String[] args) {
		SpringApplication.run(MlJobsApplication.class, args);
	}

}
