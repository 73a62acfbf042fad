package org.mufakat.access;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's own test vectors (SHA-1, the ASCII secret "12345678901234567890"), cut to six digits. */
class TotpTests {

    private static final String SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void encodesTheRfcSecretInBase32() {
        assertThat(SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(new String(Totp.fromBase32(SECRET), StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
    }

    @Test
    void reproducesTheRfcCodes() {
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeOrAfterButNotFurther() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, null, now)).isEmpty();
    }

    @Test
    void anAuthenticatorAddressCarriesTheSecretAndTheIssuer() {
        assertThat(Totp.otpauthUri("Mufakat", "vnm", "ABC")).isEqualTo(
                "otpauth://totp/Mufakat:vnm?secret=ABC&issuer=Mufakat&algorithm=SHA1&digits=6&period=30");
    }
}
