package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.core.security.NewAlert;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.SessionMapper;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code suspicious_login} rule (DOMAIN.md "Security rules of thumb"): a successful login
 * from an address or a device not seen in the user's sessions of the last 90 days, or outside
 * the shop's business hours. A user's very first login has nothing to compare with and is not
 * suspicious for being new. The login still succeeds; one alert (severity medium) lists every
 * reason that applied.
 */
final class SuspiciousLoginRule {
    /** How far back addresses and devices count as seen; also how long ended sessions are kept. */
    static final Duration LOOK_BACK = Duration.ofDays(90);
    /** The device description's entry that identifies a device, when the host gives one. */
    static final String DEVICE_ID = "device_id";

    private final AlertRecorder alerts;

    SuspiciousLoginRule(AlertRecorder alerts) {
        this.alerts = alerts;
    }

    /**
     * Why a login is suspicious. Must run before the new session is stored, which would
     * otherwise count as having seen its own address and device.
     *
     * @param tx the login's transaction
     * @param userId the user
     * @param address the login's address, or null (not judged)
     * @param device the login's device description, or null (not judged)
     * @param now the time of the login
     * @param hours the shop's business hours
     * @return the reasons, empty if the login is not suspicious
     */
    List<String> reasons(Tx tx, UUID userId, InetAddress address, JsonNode device, Instant now, BusinessHours hours) {
        List<String> reasons = new ArrayList<>();
        String deviceId = deviceId(device);
        LoginHistoryRow history = tx.mapper(SessionMapper.class)
                .selectHistory(userId, now.minus(LOOK_BACK), address, deviceId, deviceId == null ? device : null);
        if (history.anySession()) {
            if (address != null && !history.addressSeen()) {
                reasons.add("new_ip_address");
            }
            if (device != null && !history.deviceSeen()) {
                reasons.add("new_device");
            }
        }
        if (hours.isOutside(now)) {
            reasons.add("outside_business_hours");
        }
        return reasons;
    }

    /**
     * Raises the alert for a suspicious login.
     *
     * @param tx the login's transaction
     * @param session the new session's context
     * @param reasons why, from {@link #reasons}
     * @param device the login's device description, or null
     */
    void raise(Tx tx, CallContext session, List<String> reasons, JsonNode device) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reasons", reasons);
        facts.put("session_id", session.sessionId().toString());
        String deviceId = deviceId(device);
        if (deviceId != null) {
            facts.put(DEVICE_ID, deviceId);
        }
        String from = session.ipAddress() == null ? "" : " from " + session.ipAddress();
        alerts.raiseByRule(tx, session, new NewAlert(AlertType.SUSPICIOUS_LOGIN, AlertSeverity.MEDIUM,
                "login of " + session.actor().name() + from + ": " + String.join(", ", reasons),
                session.actor().userId(), session.ipAddress(), facts));
    }

    private static String deviceId(JsonNode device) {
        if (device == null || !device.hasNonNull(DEVICE_ID)) {
            return null;
        }
        JsonNode id = device.get(DEVICE_ID);
        return id.isValueNode() ? id.asText() : id.toString();
    }
}
