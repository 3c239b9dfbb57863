package dev.roster.paymentsandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PaymentSandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentSandboxApplication.class, args);
    }
}
