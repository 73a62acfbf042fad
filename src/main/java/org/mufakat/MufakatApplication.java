package org.mufakat;

import org.mufakat.audit.AuditVerifyCommand;
import org.mufakat.press.ImportCommand;
import org.mufakat.press.PressCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MufakatApplication {

    public static void main(String[] args) {
        if (PressCommandLine.handles(args)) { // "extract", "evaluate": no Spring context, no database
            System.exit(PressCommandLine.run(args));
        }
        if (AuditVerifyCommand.isRequested(args)) { // "audit-verify": reads the audit log, writes nothing
            System.exit(AuditVerifyCommand.run(args));
        }
        if (ImportCommand.isRequested(args)) { // "import": the application without its web server, then exit
            System.exit(ImportCommand.run(MufakatApplication.class, args));
        }
        SpringApplication.run(MufakatApplication.class, args);
    }
}
