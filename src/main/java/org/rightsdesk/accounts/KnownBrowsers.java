package org.rightsdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * "This browser has signed in to this account before": a cookie value a browser receives after
 * a complete sign-in, a random id with a MAC over the id and the user name. Such a browser is not
 * slowed down by guesses made elsewhere ({@link LoginThrottle}), so nobody can lock an account's
 * owner out by failing on purpose. The MAC key is made at random once and kept in the database,
 * shared by every server; whoever reads the database could mint such cookies, which only spares
 * them the account-wide delay, never the per-client one, and never the password.
 */
@Component
public class KnownBrowsers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final AccountSettings settings;
    private volatile byte[] key;

    KnownBrowsers(AccountSettings settings) {
        this.settings = settings;
    }

    /** A new cookie value for a browser that just signed in as {@code username}. */
    public String issue(String username) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String idText = B64.encodeToString(id);
        return idText + "." + mac(idText, username);
    }

    /** The browser's id when the cookie value is genuine and was issued for this user. */
    public Optional<String> identify(String username, String cookieValue) {
        if (cookieValue == null || cookieValue.length() > 200 || username == null) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = cookieValue.substring(0, dot);
        byte[] expected = mac(id, username).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    private String mac(String id, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update((id + "\u001f" + AccountService.normaliseKey(username)).getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // Several servers may race to make the key: the first one stored wins for all.
            k = Base64.getDecoder().decode(settings.putIfAbsent("known_browser_key", Base64.getEncoder().encodeToString(fresh)));
            key = k;
        }
        return k;
    }
}
