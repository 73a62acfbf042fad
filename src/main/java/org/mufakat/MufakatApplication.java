package org.mufakat;

import org.mufakat.audit.AuditVerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MufakatApplication {

    public static void main(String[] args) {
        if (AuditVerifyCommand.isRequested(args)) {
            System.exit(AuditVerifyCommand.run(args));
        }
        SpringApplication.run(MufakatApplication.class, args);
    }
}
