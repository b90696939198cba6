/**
 * Access control: who may do what, and who is signed in.
 *
 * <ul>
 *   <li>Permissions, roles, templates and users: {@link dev.goldshop.core.security.Permission},
 *       {@link dev.goldshop.core.security.Permissions}, {@link dev.goldshop.core.security.Users}
 *       and the facades beside it.</li>
 *   <li>Logins and sessions: {@link dev.goldshop.core.security.Authentication} turns credentials
 *       into a session token and a token into the {@code CallContext} of each request.</li>
 *   <li>Security alerts: {@link dev.goldshop.core.security.SecurityAlerts}, raised by the SDK's
 *       rules (lock-outs, suspicious logins, unusual activity) or by hand.</li>
 * </ul>
 */
package dev.goldshop.core.security;
