package org.rightsdesk.vault;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes every server of a database follow one seal. While this server is unsealed, it reads the
 * shared seal epoch (one tiny query) every {@code rightsdesk.vault.seal-check} (default 0.5 s):
 * when another server has sealed, this one drops its keys and ends its sessions, so a seal
 * reaches every server within a second. A polled epoch works the same on PostgreSQL and SQLite
 * and survives a dropped connection, which a missed notification would not.
 */
@Component
class SealWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SealWatch.class);

    private final Vault vault;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean failing;

    SealWatch(Vault vault, @Value("${rightsdesk.vault.seal-check:PT0.5S}") Duration interval) {
        this.vault = vault;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rightsdesk-seal-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            vault.followSharedState();
            if (failing) {
                log.info("The seal state can be read from the database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Cannot read the seal state from the database ({}); will keep trying", e.getClass().getSimpleName());
                failing = true;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
