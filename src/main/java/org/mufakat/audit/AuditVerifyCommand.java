package org.mufakat.audit;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code java -jar mufakat.jar audit-verify [--spring.datasource.url=...]}: verifies the audit chain in the
 * configured database (the embedded one when none is configured) and exits 0 if it is intact, 1 if it is broken,
 * 2 if it could not be read. Starts only a data source and the verifier: no web server, no migrations, no demo data,
 * nothing written.
 */
public final class AuditVerifyCommand {

    public static final String NAME = "audit-verify";

    private AuditVerifyCommand() {
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command with the arguments after its name (Spring Boot properties such as {@code --spring.datasource.url=}). */
    public static int run(String[] args) {
        return run(Arrays.copyOfRange(args, Math.min(1, args.length), args.length), System.out, System.err);
    }

    static int run(String[] springArgs, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(springArgs)) {
            if (!context.getBean(AuditEntries.class).exists()) {
                err.println("This database has no audit log yet: start Mufakat on it once, so that its migrations create one.");
                return 2;
            }
            ChainVerification result = context.getBean(ChainVerifier.class).verify();
            (result.intact() ? out : err).println(result.summary());
            return result.intact() ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("Could not verify the audit chain: " + e.getMessage());
            return 2;
        }
    }

    /** Not a @Configuration, so that the application's component scan never picks it up. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class})
    @Import({AuditEntries.class, ChainVerifier.class})
    static class Context {
    }
}
