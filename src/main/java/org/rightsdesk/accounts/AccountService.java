package org.rightsdesk.accounts;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and maintains staff accounts. There are no default or built-in passwords: every
 * password is typed by a person or generated here at random and shown once, and every one meets
 * {@link PasswordPolicy}. Every change to an account's standing (password, role, disabling) ends
 * its other sessions on every server and revokes its API tokens ({@link AccountChanges}).
 */
@Service
public class AccountService {

    /** Shortest password accepted; long passphrases beat complexity rules. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");
    // No 0/O, 1/l/I: generated passwords are read off a console and typed by hand.
    private static final char[] PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    // Password hashing (Argon2id, ~0.1 s) happens before a transaction begins: on SQLite a
    // transaction holds the database's write lock, and every other writer would wait for the hash.
    private final TransactionTemplate transactions;
    private final AccountChanges changes;
    private final PasswordCheck passwordCheck;
    private final SecondFactor secondFactor;
    private final Sessions sessions;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
                   TransactionTemplate transactions, AccountChanges changes, PasswordCheck passwordCheck,
                   SecondFactor secondFactor, Sessions sessions) {
        this.changes = changes;
        this.passwordCheck = passwordCheck;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Creates an account; {@code actor} is who asked (a username, or "cli"). */
    public UserAccount createUser(String username, Role role, String password, String actor) {
        String name = normaliseUsername(username);
        PasswordPolicy.check(password, name);
        String hash = passwordEncoder.encode(password);
        try {
            return transactions.execute(tx -> {
                long id = users.insert(name, hash, role, clock.instant());
                audit.record(actor, "user.created", "user", String.valueOf(id));
                return users.findById(id).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            throw new AccountProblem("user.exists", "A user named '" + name + "' already exists", name);
        }
    }

    /**
     * Sets a password without knowing the old one (an admin, or the command line). The user's
     * sessions end, tokens are revoked, and the second factor is removed: it was sealed under the
     * old password, so the user sets it up again (at the next sign-in, where it is required).
     */
    public void resetPassword(String username, String password, String actor) {
        String name = normaliseUsername(username);
        PasswordPolicy.check(password, name);
        String hash = passwordEncoder.encode(password);
        transactions.executeWithoutResult(tx -> {
            UserAccount account = users.findByUsername(name)
                    .orElseThrow(() -> new AccountProblem("user.unknown", "No user named '" + name + "'", name));
            users.updatePasswordHash(name, hash);
            audit.record(actor, "user.password_reset", "user", String.valueOf(account.id()));
            if (secondFactor.remove(account.id())) {
                audit.record(actor, "user.second_factor_reset", "user", String.valueOf(account.id()));
            }
            changes.changed(account, null, actor);
        });
    }

    /**
     * Checks the current password (wrong guesses are throttled like sign-ins) and sets a new one:
     * for people changing their own password. Their other sessions end and their tokens are
     * revoked; {@code keepSessionId} is the session that asked, which stays signed in.
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String keepSessionId) {
        String name = normaliseUsername(username);
        UserAccount account = users.findByUsername(name)
                .orElseThrow(() -> new AccountProblem("user.unknown", "No user named '" + name + "'", name));
        passwordCheck.verify(name, currentPassword);
        PasswordPolicy.check(newPassword, name);
        String hash = passwordEncoder.encode(newPassword);
        Runnable rewrap = secondFactor.prepareRewrap(account.id(), currentPassword, newPassword);
        transactions.executeWithoutResult(tx -> {
            users.updatePasswordHash(name, hash);
            rewrap.run();
            audit.record(name, "user.password_changed", "user", String.valueOf(account.id()));
            changes.changed(account, keepSessionId, name);
        });
    }

    /** A user ends their own sessions other than the one asking. */
    @Transactional
    public int endOwnSessions(String username, String keepSessionId) {
        UserAccount account = find(username).orElseThrow(() -> new AccountProblem("user.unknown", "No such user"));
        int ended = sessions.endAllFor(account.username(), keepSessionId);
        audit.record(account.username(), "user.sessions_ended", "user", String.valueOf(account.id()));
        return ended;
    }

    /** A user ends one of their sessions, named by its handle. */
    @Transactional
    public void endOwnSession(String username, String handle) {
        UserAccount account = find(username).orElseThrow(() -> new AccountProblem("user.unknown", "No such user"));
        if (!sessions.endOne(account.username(), handle)) {
            throw new AccountProblem("session.unknown", "No such session (it may have ended already)");
        }
        audit.record(account.username(), "user.session_ended", "user", String.valueOf(account.id()));
    }

    /** Ends every session of a user (an admin's action); returns how many ended. */
    @Transactional
    public int endSessions(long userId, String actor) {
        UserAccount account = byId(userId);
        int ended = sessions.endAllFor(account.username(), null);
        audit.record(actor, "user.sessions_ended", "user", String.valueOf(userId));
        return ended;
    }

    @Transactional
    public void changeRole(long userId, Role role, String actor) {
        UserAccount account = byId(userId);
        if (account.role() == Role.ADMIN && role != Role.ADMIN && account.enabled() && users.countEnabledAdmins() <= 1) {
            throw new AccountProblem("admin.last", "The last administrator cannot lose the admin role");
        }
        users.updateRole(userId, role);
        audit.record(actor, "user.role_changed:" + role.code(), "user", String.valueOf(userId));
        if (account.role() != role) {
            changes.changed(account, null, actor);
        }
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, String actor) {
        UserAccount account = byId(userId);
        if (!enabled && account.role() == Role.ADMIN && account.enabled() && users.countEnabledAdmins() <= 1) {
            throw new AccountProblem("admin.last", "The last administrator cannot be disabled");
        }
        users.updateEnabled(userId, enabled);
        audit.record(actor, enabled ? "user.enabled" : "user.disabled", "user", String.valueOf(userId));
        if (!enabled) {
            changes.changed(account, null, actor);
        }
    }

    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsername(normaliseKey(username));
    }

    public UserAccount byId(long id) {
        return users.findById(id).orElseThrow(() -> new AccountProblem("user.unknown", "No user with id " + id, id));
    }

    public List<UserAccount> list() {
        return users.findAll();
    }

    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** A random password of 20 characters (about 115 bits), to be shown once. */
    public static String generatePassword() {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(out);
    }

    /** Lower-cased, NFC-normalised user name; rejects names that could confuse people or logs. */
    public static String normaliseUsername(String username) {
        String name = normaliseKey(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountProblem("user.name", "User name must be 2–64 letters, digits, dots, dashes or underscores");
        }
        return name;
    }

    static String normaliseKey(String username) {
        return Normalizer.normalize(username == null ? "" : username.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
