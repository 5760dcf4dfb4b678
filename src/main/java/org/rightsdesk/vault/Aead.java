package org.rightsdesk.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce and associated data, and HMAC-SHA256. A sealed value is
 * {@code version(1) | keyId(4) | nonce(12) | ciphertext+tag(16)}: the key id lets old values be
 * read after new data keys are introduced.
 */
final class Aead {

    static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER = 1 + 4 + NONCE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    /** Thrown when authentication fails: wrong key, wrong associated data or altered bytes. */
    static final class BadTag extends Exception {
        BadTag() {
            super("authentication failed");
        }
    }

    static byte[] seal(byte[] key, int keyId, String associated, byte[] plain) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(plain);
            return ByteBuffer.allocate(HEADER + body.length).put(VERSION).putInt(keyId).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** The data key id a sealed value names, or -1 when the value is not one of ours. */
    static int keyId(byte[] sealed) {
        if (sealed == null || sealed.length < HEADER + TAG_BITS / 8 || sealed[0] != VERSION) {
            return -1;
        }
        return ByteBuffer.wrap(sealed, 1, 4).getInt();
    }

    static byte[] open(byte[] key, String associated, byte[] sealed) throws BadTag {
        if (keyId(sealed) < 0) {
            throw new BadTag();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, sealed, 5, NONCE));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, HEADER, sealed.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new BadTag();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] randomSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
