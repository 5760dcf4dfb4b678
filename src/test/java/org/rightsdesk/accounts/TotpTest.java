package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors, and the rules around them (window, no reuse, Base32). */
class TotpTest {

    static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238Vectors(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(time));
        assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcOnes() {
        assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNeverTwice() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        String previous = Totp.code(SHA1_SEED, step - 1);
        String current = Totp.code(SHA1_SEED, step);
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, Long.MIN_VALUE)).isEqualTo(step);
        assertThat(Totp.matchingStep(SHA1_SEED, previous, now, Long.MIN_VALUE)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_SEED, current, now, step)).as("already used").isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_SEED, "12345", now, Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SHA1_SEED, current.substring(0, 3) + " " + current.substring(3), now, Long.MIN_VALUE)).isEqualTo(step);
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.fromBase32("mzxw 6ytb oi"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        byte[] secret = SecretBox.random(20);
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
        assertThat(Totp.uri("Rightsdesk", "marta", secret)).startsWith("otpauth://totp/Rightsdesk:marta?secret=" + Totp.base32(secret));
    }
}
