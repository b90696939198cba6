package dev.goldshop.persistence.internal.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.goldshop.persistence.internal.mapper.SecuritySettingsMapper;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session and lock-out policy, read from {@code company_settings} and kept for 30 seconds,
 * so that logins and validations do not read the settings row each time. The company-settings
 * facade calls {@link #invalidate()} after it saves (and announces {@link #CHANGE} so that every
 * other engine does too); without that, a change takes effect within 30 seconds anyway.
 */
public final class SecuritySettings {
    /** The change notification payload after which every engine re-reads the policy. */
    public static final String CHANGE = "company_settings";

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySettings.class);
    private static final Duration TTL = Duration.ofSeconds(30);

    private final TransactionRunner transactions;
    private final LoadingCache<Boolean, SecurityPolicy> cache;

    /**
     * Creates the settings reader.
     *
     * @param transactions the engine's transaction runner
     */
    public SecuritySettings(TransactionRunner transactions) {
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder().expireAfterWrite(TTL).build(key -> load());
    }

    /**
     * The policy in force.
     *
     * @return the policy
     */
    public SecurityPolicy current() {
        return cache.get(Boolean.TRUE);
    }

    /** Forgets the cached policy: the next call reads the settings row again. */
    public void invalidate() {
        cache.invalidateAll();
    }

    private SecurityPolicy load() {
        SettingsRow row = transactions.inTransaction(tx -> tx.mapper(SecuritySettingsMapper.class).select());
        if (row == null) {
            return SecurityPolicy.DEFAULTS;
        }
        return new SecurityPolicy(Duration.ofMinutes(row.idleTimeoutMinutes()),
                Duration.ofMinutes(row.absoluteLifetimeMinutes()), row.maxSessionsPerUser(), row.lockoutThreshold(),
                Duration.ofMinutes(row.lockoutWindowMinutes()), Duration.ofMinutes(row.lockoutDurationMinutes()),
                businessHours(row));
    }

    private static BusinessHours businessHours(SettingsRow row) {
        try {
            return BusinessHours.parse(row.businessHours(), row.timeZone());
        } catch (IllegalArgumentException malformed) {
            // The settings facade validates what it saves; a row edited behind its back must not
            // stop logins, and "never outside" only costs alerts, never access.
            LOG.warn("ignoring company_settings.business_hours: {}", malformed.getMessage());
            return BusinessHours.ALWAYS_OPEN;
        }
    }
}
