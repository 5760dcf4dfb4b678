package org.rightsdesk.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Small sealed boxes for the accounts module: AES-256-GCM with a purpose string as associated
 * data (a box opened for another purpose fails), and Argon2id to turn a password into a key
 * (16 MiB, 2 passes: the same cost as the password hash itself, about 50 ms).
 */
final class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private SecretBox() {
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** A 256-bit key from a password and a salt. */
    static byte[] keyFromPassword(String password, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(16 * 1024).withIterations(2).withParallelism(1).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] key = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), key);
        return key;
    }

    static byte[] seal(byte[] key, byte[] plain, String purpose) {
        try {
            byte[] iv = random(IV_BYTES);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] body = c.doFinal(plain);
            return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The plain bytes, or null when the key, the purpose or the box is wrong. */
    static byte[] open(byte[] key, byte[] sealed, String purpose) {
        if (key == null || sealed == null || sealed.length <= IV_BYTES + 16) {
            return null;
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, IV_BYTES));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
