package dev.roster.enrollment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RosterEnrollmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(RosterEnrollmentApplication.class, args);
    }
}
